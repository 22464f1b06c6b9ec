package org.harambee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's texts without starting the application: every bundle under {@code src/main/resources/i18n}. */
public final class Messages {

    /** The texts, as the application's {@link MessageSource} reads them. */
    public static final MessageSource SOURCE = source();

    private Messages() {
    }

    /** Whether the key has an English text (MessagesTests checks that the Spanish one exists as well). */
    public static boolean defined(String key) {
        return SOURCE.getMessage(key, null, null, Locale.ENGLISH) != null;
    }

    private static MessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            source.setBasenames(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted().toArray(String[]::new));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
