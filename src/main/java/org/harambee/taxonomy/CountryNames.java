package org.harambee.taxonomy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Country names as the UN's documents give them in English (such as Viet Nam, Iran (Islamic Republic of) or St Kitts
 * &amp; Nevis), in the reader's language, from the JDK's (CLDR's) names of ISO 3166 countries. A name is matched as
 * given, then without its parenthesis, then through the usual UN spellings; a name that matches no country is shown
 * as it is written.
 */
@NamedInterface(name = "api", propagate = false)
public final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map<String, String> unSpellings = Map.ofEntries(
                Map.entry("Brunei Darussalam", "BN"), Map.entry("Cote d'Ivoire", "CI"), Map.entry("Czech Republic", "CZ"),
                Map.entry("Czechia", "CZ"), Map.entry("DPR Korea", "KP"),
                Map.entry("Democratic People's Republic of Korea", "KP"), Map.entry("Republic of Korea", "KR"),
                Map.entry("Democratic Republic of Congo", "CD"), Map.entry("Democratic Republic of the Congo", "CD"),
                Map.entry("Republic of Congo", "CG"), Map.entry("Congo", "CG"), Map.entry("Guinea Bissau", "GW"),
                Map.entry("Holy See", "VA"), Map.entry("Macedonia FYR", "MK"), Map.entry("North Macedonia", "MK"),
                Map.entry("The former Yugoslav Republic of Macedonia", "MK"), Map.entry("Myanmar", "MM"),
                Map.entry("Palestine", "PS"), Map.entry("State of Palestine", "PS"), Map.entry("Russian Federation", "RU"),
                Map.entry("Sao Tome and Principe", "ST"), Map.entry("Saint Kitts and Nevis", "KN"),
                Map.entry("Saint Lucia", "LC"), Map.entry("Saint Vincent and the Grenadines", "VC"),
                Map.entry("Swaziland", "SZ"), Map.entry("Eswatini", "SZ"), Map.entry("Viet Nam", "VN"),
                Map.entry("Syrian Arab Republic", "SY"), Map.entry("Lao People's Democratic Republic", "LA"),
                Map.entry("Republic of Moldova", "MD"), Map.entry("United Republic of Tanzania", "TZ"),
                Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"), Map.entry("Turkiye", "TR"),
                Map.entry("Cabo Verde", "CV"), Map.entry("Timor-Leste", "TL"), Map.entry("Micronesia", "FM"),
                Map.entry("United States of America", "US"), Map.entry("Libyan Arab Jamahiriya", "LY"));
        unSpellings.forEach((name, code) -> CODES.put(key(name), code));
    }

    private CountryNames() {
    }

    /** The country's name in this language, or the name as given when it names no country. */
    public static String of(String name, Locale language) {
        return name == null ? null
                : code(name).map(code -> new Locale("", code).getDisplayCountry(language)).orElse(name);
    }

    /** The ISO 3166 code of the country this English name gives, if any. */
    public static Optional<String> code(String name) {
        String exact = CODES.get(key(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(CODES.get(key(name.replaceAll("\\s*\\(.*\\)\\s*", " "))));
    }

    /** Case, accents, an ampersand against and, St against Saint, punctuation and spaces do not matter. */
    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\bst\\.?\\s", "saint ");
        return plain.replaceAll("[^a-z]+", " ").strip();
    }
}
