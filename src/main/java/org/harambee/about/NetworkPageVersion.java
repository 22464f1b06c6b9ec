package org.harambee.about;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.harambee.site.RichText;

/**
 * One saved text of a network page, in English and Spanish (either may be missing, never both); the newest is what
 * readers see, the others are its history. Versions are never changed: an edit adds the next number.
 */
@Entity
@Table(name = "network_page_version")
public class NetworkPageVersion {

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

    public NetworkPage page() {
        return page;
    }

    public int number() {
        return number;
    }

    public String editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    /** Whether this text exists in the reader's language (otherwise {@link #title} and {@link #html} give the other). */
    public boolean writtenIn(Locale reader) {
        return languageFor(reader).equals(spanish(reader) ? "es" : "en");
    }

    /** The language the text is shown in to this reader: theirs when written in it. */
    public String languageFor(Locale reader) {
        return spanish(reader) && titleEs != null || titleEn == null ? "es" : "en";
    }

    public String title(Locale reader) {
        return "es".equals(languageFor(reader)) ? titleEs : titleEn;
    }

    public String html(Locale reader) {
        return RichText.page("es".equals(languageFor(reader)) ? bodyEs : bodyEn);
    }

    NetworkPageForm asForm() {
        NetworkPageForm form = new NetworkPageForm();
        form.setTitleEn(titleEn);
        form.setBodyEn(bodyEn);
        form.setTitleEs(titleEs);
        form.setBodyEs(bodyEs);
        form.setVersion(number);
        return form;
    }

    private static boolean spanish(Locale reader) {
        return "es".equals(reader.getLanguage());
    }
}
