package org.harambee.about;

import java.time.Instant;
import java.util.Locale;
import org.harambee.site.RichText;

/**
 * One saved text of a network page as readers and editors see it, in English and Spanish (either may be missing,
 * never both), with its version number and who saved it when.
 */
public record NetworkPageText(NetworkPage page, int number, String titleEn, String bodyEn, String titleEs,
        String bodyEs, String editedBy, Instant editedAt) {

    /**
     * Whether this text exists in the reader's language (otherwise {@link #title} and {@link #html} give the
     * other).
     */
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
