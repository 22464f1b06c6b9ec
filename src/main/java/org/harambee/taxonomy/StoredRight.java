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
class StoredRight {

    @Id
    private Integer article;
    private String titleEn;
    private String titleEs;
    @Enumerated(EnumType.STRING)
    private RightsFamily family;

    protected StoredRight() {
    }

    HumanRight published() {
        return new HumanRight(article, titleEn, titleEs, family);
    }
}
