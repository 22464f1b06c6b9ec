package org.harambee.accountability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.harambee.site.CommandLine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar harambee.jar import-upr FILE}: imports a file of UPR recommendations (CSV, or CSV compressed with
 * gzip) into the configured database and index, the application started as {@link CommandLine} does. Prints one
 * summary line and exits 0, or prints the problem with its line and exits 1, as when the import fails otherwise
 * (2: wrong use, 3: the application could not start).
 */
public final class UprCommand {

    public static final String NAME = "import-upr";

    private UprCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !NAME.equals(args[0])) {
            err.println("Usage: java -jar harambee.jar " + NAME + " FILE");
            return 2;
        }
        Path file = Path.of(args[1]);
        byte[] content;
        try {
            content = uncompressed(Files.readAllBytes(file));
        } catch (IOException unreadable) {
            err.println("Cannot read " + file + ": " + unreadable.getMessage());
            return 2;
        }
        ConfigurableApplicationContext context;
        try {
            context = CommandLine.start(application);
        } catch (RuntimeException cannotStart) {
            err.println("Harambee could not start to import: " + cannotStart.getMessage());
            return 3;
        }
        try (context) {
            try {
                out.println(context.getBean(UprImporter.class).importFile(file.getFileName().toString(), content)
                        .line());
                return 0;
            } catch (UprFileException refused) {
                err.println(ImportProblems.describe(refused, context.getBean(MessageSource.class), Locale.ENGLISH));
                return 1;
            } catch (RuntimeException failed) {
                err.println("The import failed, and nothing was imported: " + failed.getMessage());
                return 1;
            }
        }
    }

    /** The file as it is, or unpacked when it is gzip-compressed (as the copy kept in the repository is). */
    static byte[] uncompressed(byte[] content) throws IOException {
        if (content.length < 2 || (content[0] & 0xFF) != 0x1F || (content[1] & 0xFF) != 0x8B) {
            return content;
        }
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return unpacked.readAllBytes();
        }
    }
}
