package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every piece of text exists in English and in Spanish, and every key a template uses exists. */
class MessagesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndSpanish() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path english : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path spanish = english.resolveSibling(english.getFileName().toString().replace(".properties", "_es.properties"));
                Set<String> en = load(english).stringPropertyNames();
                Set<String> es = load(spanish).stringPropertyNames();
                assertThat(new TreeSet<>(es)).as("keys of %s", spanish).containsAll(en);
                assertThat(new TreeSet<>(en)).as("keys of %s", english).containsAll(es);
            }
        }
    }

    @Test
    void everyLiteralKeyUsedInTemplatesIsDefined() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                all.putAll(load(file));
            }
        }
        Pattern key = Pattern.compile("page\\.t\\(\"([a-zA-Z0-9_.-]*[a-zA-Z0-9_-])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".jte")).toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    if (!all.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + template);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
