package org.harambee.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.Persistable;

/**
 * A core international human rights instrument (treaty, protocol or declaration): what library resources refer to
 * and what the accountability tracker follows the country's ratification of.
 */
@Entity
@Table(name = "instrument")
public class Instrument implements Persistable<String> {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int BODY_MAX = 20;

    @Id
    private String code;
    private String nameEn;
    private String nameEs;
    private LocalDate adopted;
    private String monitoringBody;
    private int sortOrder;
    /**
     * Whether this instrument is still to be inserted: its code is its id, so saving a new one must insert (and be
     * refused when someone added the code meanwhile), never overwrite the instrument already there.
     */
    @Transient
    private boolean unsaved;

    protected Instrument() {
    }

    Instrument(String code, String nameEn, String nameEs, LocalDate adopted, String monitoringBody, int sortOrder) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
        this.adopted = adopted;
        this.monitoringBody = monitoringBody;
        this.sortOrder = sortOrder;
        this.unsaved = true;
    }

    @PostLoad
    @PostPersist
    void saved() {
        unsaved = false;
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    public LocalDate adopted() {
        return adopted;
    }

    /** The UN committee that monitors it (CCPR, CERD...), or null: declarations have none. */
    public String monitoringBody() {
        return monitoringBody;
    }

    int sortOrder() {
        return sortOrder;
    }
}
