package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Every UPR issue topic of the kept recommendations file has its Spanish name in the message bundle. */
class IssueTopicsTests {

    @Test
    void everyTopicOfTheKeptFileIsTranslatedIntoSpanish() throws IOException {
        ResourceBundle spanish = ResourceBundle.getBundle("i18n/accountability", Locale.forLanguageTag("es"));
        TreeSet<String> untranslated = new TreeSet<>();
        Path file;
        try (var files = Files.list(Path.of("data", "upr"))) {
            file = files.filter(path -> path.toString().endsWith(".csv.gz")).findFirst().orElseThrow();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                for (String topic : row.get("Issue").split(",")) {
                    if (!topic.isBlank() && !spanish.containsKey(IssueTopics.key(topic.strip()))) {
                        untranslated.add(topic.strip());
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
        assertThat(IssueTopics.key("Asylum-seekers - refugees")).isEqualTo("accountability.issue.asylum-seekers-refugees");
    }
}
