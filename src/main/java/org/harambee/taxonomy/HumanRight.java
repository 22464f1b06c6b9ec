package org.harambee.taxonomy;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** One article of the Universal Declaration of Human Rights. */
@NamedInterface(name = "api", propagate = false)
public record HumanRight(int article, String titleEn, String titleEs, RightsFamily family) {

    public String title(Locale locale) {
        return "es".equals(locale.getLanguage()) ? titleEs : titleEn;
    }

    /** The article's number and title, as lists and facets show it ("25. Adequate standard of living"). */
    public String label(Locale locale) {
        return article + ". " + title(locale);
    }
}
