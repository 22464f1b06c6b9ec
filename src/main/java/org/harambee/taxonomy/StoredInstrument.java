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
class StoredInstrument implements Persistable<String> {

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

    protected StoredInstrument() {
    }

    StoredInstrument(String code, String nameEn, String nameEs, LocalDate adopted, String monitoringBody, int sortOrder) {
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

    int sortOrder() {
        return sortOrder;
    }

    Instrument published() {
        return new Instrument(code, nameEn, nameEs, adopted, monitoringBody);
    }
}
