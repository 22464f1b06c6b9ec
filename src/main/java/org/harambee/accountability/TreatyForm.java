package org.harambee.accountability;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.harambee.taxonomy.Instrument;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The country's position on an instrument, and for a new instrument its code, names, adoption date and monitoring
 * body.
 */
public class TreatyForm {

    private String code;
    private String nameEn;
    private String nameEs;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adopted;
    private String monitoringBody;
    private RatificationStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ratifiedOn;
    private String note;
    private Long version;

    /** What does not hold in a new instrument's code, names and monitoring body: field to message key. */
    Map<String, String> instrumentProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null || code.isEmpty()) {
            problems.put("code", "accountability.instrument.code.required");
        } else if (!code.matches("[A-Z0-9][A-Z0-9-]{1," + (Instrument.CODE_MAX - 1) + "}")) {
            problems.put("code", "accountability.instrument.code.invalid");
        }
        name("nameEn", nameEn, problems);
        name("nameEs", nameEs, problems);
        if (monitoringBody != null && !monitoringBody.matches("|[A-Za-z0-9-]{1," + Instrument.BODY_MAX + "}")) {
            problems.put("monitoringBody", "accountability.instrument.body.invalid");
        }
        return problems;
    }

    private static void name(String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "accountability.instrument." + field + ".required");
        } else if (value.strip().length() > Instrument.NAME_MAX) {
            problems.put(field, "accountability.instrument.name.tooLong");
        }
    }

    static TreatyForm of(Treaties.Position position) {
        TreatyForm form = new TreatyForm();
        form.code = position.instrument().code();
        form.status = position.status();
        form.signedOn = position.signedOn();
        form.ratifiedOn = position.ratifiedOn();
        form.note = position.note();
        form.version = position.version();
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

    /** The version of the position the form showed. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
