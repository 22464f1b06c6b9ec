package org.harambee.about;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved text of a network page, in English and Spanish (either may be missing, never both); the newest is what
 * readers see, the others are its history. Versions are never changed: an edit adds the next number.
 */
@Entity
@Table(name = "network_page_version")
class NetworkPageVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private NetworkPage page;
    private int number;
    private String titleEn;
    private String bodyEn;
    private String titleEs;
    private String bodyEs;
    private String editedBy;
    private Instant editedAt;

    protected NetworkPageVersion() {
    }

    NetworkPageVersion(NetworkPage page, int number, NetworkPageForm text, String editedBy, Instant editedAt) {
        this.page = page;
        this.number = number;
        this.titleEn = blankToNull(text.getTitleEn());
        this.bodyEn = blankToNull(text.getBodyEn());
        this.titleEs = blankToNull(text.getTitleEs());
        this.bodyEs = blankToNull(text.getBodyEs());
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    int number() {
        return number;
    }

    /** The version as readers and editors see it. */
    NetworkPageText text() {
        return new NetworkPageText(page, number, titleEn, bodyEn, titleEs, bodyEs, editedBy, editedAt);
    }
}
