package org.harambee.accountability;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.harambee.taxonomy.Instrument;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The country's position on an instrument, and for a new instrument its code, names, adoption date and monitoring
 * body.
 */
public class TreatyForm {

    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{accountability.instrument.code.invalid}")
    private String code;
    @Size(max = Instrument.NAME_MAX, message = "{accountability.instrument.name.tooLong}")
    private String nameEn;
    @Size(max = Instrument.NAME_MAX, message = "{accountability.instrument.name.tooLong}")
    private String nameEs;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adopted;
    @Pattern(regexp = "|[A-Za-z0-9-]{1,20}", message = "{accountability.instrument.body.invalid}")
    private String monitoringBody;
    private RatificationStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ratifiedOn;
    @Size(max = Ratification.NOTE_MAX, message = "{accountability.treaty.note.tooLong}")
    private String note;

    static TreatyForm of(Treaties.Position position) {
        TreatyForm form = new TreatyForm();
        form.code = position.instrument().code();
        form.status = position.status();
        form.signedOn = position.signedOn();
        form.ratifiedOn = position.ratifiedOn();
        form.note = position.note();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public LocalDate getAdopted() {
        return adopted;
    }

    public void setAdopted(LocalDate adopted) {
        this.adopted = adopted;
    }

    public String getMonitoringBody() {
        return monitoringBody;
    }

    public void setMonitoringBody(String monitoringBody) {
        this.monitoringBody = monitoringBody == null ? null : monitoringBody.strip();
    }

    public RatificationStatus getStatus() {
        return status;
    }

    public void setStatus(RatificationStatus status) {
        this.status = status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getRatifiedOn() {
        return ratifiedOn;
    }

    public void setRatifiedOn(LocalDate ratifiedOn) {
        this.ratifiedOn = ratifiedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
