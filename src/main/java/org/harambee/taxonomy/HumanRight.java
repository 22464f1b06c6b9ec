package org.harambee.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One article of the Universal Declaration of Human Rights. */
@Entity
@Table(name = "human_right")
public class HumanRight {

    @Id
    private Integer article;
    private String titleEn;
    private String titleEs;
    @Enumerated(EnumType.STRING)
    private RightsFamily family;

    protected HumanRight() {
    }

    public int article() {
        return article;
    }

    public String title(Locale locale) {
        return "es".equals(locale.getLanguage()) ? titleEs : titleEn;
    }

    public RightsFamily family() {
        return family;
    }
}
