package org.harambee.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The UN's English country names in the reader's language, from the JDK's names of ISO 3166 countries. */
class CountryNamesTests {

    @Test
    void theUnsSpellingsAreShownInSpanish() {
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(CountryNames.of("Spain", spanish)).isEqualTo("España");
        assertThat(CountryNames.of("United States", spanish)).isEqualTo("Estados Unidos");
        assertThat(CountryNames.of("Viet Nam", spanish)).isEqualTo("Vietnam");
        assertThat(CountryNames.of("Iran (Islamic Republic of)", spanish)).isEqualTo("Irán");
        assertThat(CountryNames.of("St Kitts & Nevis", spanish)).isEqualTo("San Cristóbal y Nieves");
        assertThat(CountryNames.of("Côte d'Ivoire", spanish)).isEqualTo(CountryNames.of("Cote d'Ivoire", spanish));
    }

    @Test
    void aNameOfNoCountryIsShownAsWritten() {
        assertThat(CountryNames.of("Atlantis", Locale.forLanguageTag("es"))).isEqualTo("Atlantis");
    }

    @Test
    void everyStateInTheKeptUprFileIsACountry() throws IOException {
        Path file;
        try (var files = Files.list(Path.of("data", "upr"))) {
            file = files.filter(path -> path.toString().endsWith(".csv.gz")).findFirst().orElseThrow();
        }
        TreeSet<String> unknown = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                for (String state : new String[] {row.get("From").strip(), row.get("To").strip()}) {
                    if (!state.isEmpty() && !state.startsWith("&") && CountryNames.code(state).isEmpty()) {
                        unknown.add(state);
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
