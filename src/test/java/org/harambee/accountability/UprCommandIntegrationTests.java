package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.harambee.HarambeeApplication;
import org.harambee.search.ReindexCommand;
import org.harambee.site.CommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar harambee.jar import-upr FILE} into the configured database (the embedded default in a data
 * directory of its own, or the PostgreSQL database the build gives the tests): one summary line and exit 0; the
 * same file again, compressed with gzip, changes nothing; a broken file prints its line and column and exits 1,
 * importing nothing; wrong use exits 2. {@code reindex} then rebuilds every index from that database.
 */
class UprCommandIntegrationTests {

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheDataDirectory() {
        System.clearProperty("harambee.data-dir");
    }

    @Test
    void theCommandImportsPrintsOneLineAndExitsZeroThenRefusesABrokenFileNamingItsLine() throws Exception {
        System.setProperty("harambee.data-dir", folder.resolve("data").toString());
        Path us = folder.resolve("us.csv");
        Files.write(us, UprFiles.unitedStates());

        Run first = run("import-upr", us.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        Matcher line = Pattern.compile("Imported recommendations: (\\d+) new, 0 updated, (\\d+) unchanged\\.")
                .matcher(first.out().strip());
        assertThat(line.matches()).as(first.out()).isTrue();
        assertThat(Integer.parseInt(line.group(1)) + Integer.parseInt(line.group(2))).isEqualTo(280);

        Path compressed = folder.resolve("us.csv.gz");
        try (GZIPOutputStream gzip = new GZIPOutputStream(Files.newOutputStream(compressed))) {
            gzip.write(UprFiles.unitedStates());
        }
        Run again = run("import-upr", compressed.toString());
        assertThat(again.out().strip()).as("the same file, gzip-compressed")
                .isEqualTo("Imported recommendations: 0 new, 0 updated, 280 unchanged.");

        String[] lines = new String(UprFiles.unitedStates(), StandardCharsets.UTF_8).split("\n");
        lines[42] = lines[42].replaceFirst(",(Accepted|Noted),\\d,", ",Accepted,9,");
        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, String.join("\n", lines) + "\n");
        Run refused = run("import-upr", broken.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Line 43, column Action:").contains("from 1 to 5").contains("\"9\"");
        assertThat(refused.out()).isEmpty();

        Run reindexed = reindex("reindex");
        assertThat(reindexed.exit()).as(reindexed.err()).isZero();
        Matcher recommendations = Pattern.compile(
                "(?m)^Recommendation: (\\d+) documents indexed, (\\d+) rows in the database$").matcher(reindexed.out());
        assertThat(recommendations.find()).as(reindexed.out()).isTrue();
        assertThat(recommendations.group(1)).as("every row indexed once").isEqualTo(recommendations.group(2));
        assertThat(Integer.parseInt(recommendations.group(1))).isGreaterThanOrEqualTo(280);
        assertThat(reindexed.out()).contains("Organization: ").contains("Resource: ");
        assertThat(reindex("reindex", "now").exit()).isEqualTo(2);

        assertThat(run("import-upr").exit()).isEqualTo(2);
        assertThat(run("import-upr", folder.resolve("missing.csv").toString()).err()).contains("Cannot read");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = UprCommand.run(HarambeeApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run reindex(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReindexCommand.run(CommandLine::start, HarambeeApplication.class, args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
