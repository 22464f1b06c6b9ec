package org.harambee.taxonomy;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * A core international human rights instrument (treaty, protocol or declaration): what library resources refer to
 * and what the accountability tracker follows the country's ratification of. {@code monitoringBody} may be null.
 */
@NamedInterface(name = "api", propagate = false)
public record Instrument(String code, String nameEn, String nameEs, LocalDate adopted, String monitoringBody) {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int BODY_MAX = 20;

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
