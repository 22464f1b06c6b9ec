package org.harambee.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/** A core international human rights instrument (treaty, protocol or declaration) a resource can refer to. */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    private String code;
    private String nameEn;
    private String nameEs;
    private LocalDate adopted;
    private int sortOrder;

    protected Instrument() {
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
}
