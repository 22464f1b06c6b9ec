package org.harambee.governance.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harambee.site.UploadedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code count-stv}: one JSON line per ballot file, the seats changed by {@code --seats}; a malformed file named with
 * its line and problem on the error stream and exit 1, the other files still counted; wrong use exits 2.
 */
class CountStvCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = CountStvCommand.NAME;
        System.arraycopy(args, 0, all, 1, args.length);
        return CountStvCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path ward(String name) throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/stv/" + name)) {
            return Files.write(folder.resolve(name), file.readAllBytes());
        }
    }

    @Test
    void printsOneJsonLinePerFileWithTheWinnersInOrderAndEveryStage() throws IOException {
        Path leith = ward("edinburgh-2017-ward13-leith.blt");
        Path bad = Files.writeString(folder.resolve("bad.blt"), "3 1\n1 1 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
        int status = run(leith.toString(), bad.toString(), leith.toString());

        assertThat(status).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode result = JsonMapper.builder().build().readTree(lines[0]);
        assertThat(result.get("file").asString()).isEqualTo(leith.toString());
        assertThat(result.get("seats").asInt()).isEqualTo(3);
        assertThat(result.get("valid").asInt()).isEqualTo(7613);
        assertThat(result.get("quota").asInt()).isEqualTo(1904);
        assertThat(result.get("elected")).hasSize(3);
        assertThat(result.get("stages")).hasSize(4);
        assertThat(result.get("stages").get(0).get("action").asString()).isEqualTo("first preferences");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(bad + ": line 2: The ballot ranks candidate 1 more"
                + " than once.\n");
    }

    @Test
    void countsForAnotherNumberOfSeatsAndRefusesWrongUse() throws IOException {
        Path leith = ward("edinburgh-2017-ward13-leith.blt");
        assertThat(run("--seats", "1", leith.toString())).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.get("seats").asInt()).isEqualTo(1);
        assertThat(result.get("quota").asInt()).isEqualTo(7613 / 2 + 1);
        assertThat(result.get("elected")).hasSize(1);

        assertThat(run()).isEqualTo(2);
        assertThat(run("--seats", "none", leith.toString())).isEqualTo(2);
        assertThat(run("--seats", "0", leith.toString())).isEqualTo(2);
        assertThat(run("--seats", "6", leith.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at most the 5 candidates");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfItsFirstStrangeByte() throws IOException {
        byte[] names = "2 1\n1 1 0\n0\n\"Jos\u00e9\"\n\"Ana\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[names.length + 4];
        System.arraycopy(names, 0, file, 0, names.length);
        System.arraycopy(new byte[] {'"', 'T', (byte) 0xE9, '"'}, 0, file, names.length, 4);
        Path mixed = Files.write(folder.resolve("mixed.blt"), file);
        assertThat(run(mixed.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 6: The file is not text in UTF-8");
    }

    @Test
    void aFileSavedAsWindows1252IsReadAsSuch() throws IOException {
        Path latin = Files.write(folder.resolve("latin.blt"),
                "2 1\n1 1 0\n0\n\"Jos\u00e9\"\n\"Ana\"\n\"T\"\n".getBytes(UploadedText.WINDOWS_1252));
        assertThat(run(latin.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"elected\":[\"Jos\u00e9\"]");
    }
}
