package org.harambee.governance.count;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.harambee.site.UploadedText;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar harambee.jar count-stv [--seats N] [--seed S] FILE.blt...}: counts BLT ballot files by the
 * Scottish STV rules ({@link StvCount}) without a database or the web application, printing one JSON line per file:
 * {@code {"file", "title", "seats", "valid", "quota", "elected": [names in order of election],
 * "elected_at_stage", "final_totals", "lots_drawn", "seed", "stages": [{"stage", "action", "candidate", "by_lot",
 * "changes", "totals", "lost", "elected", "filled"}]}}, totals as exact decimals with five places. A file that is
 * not a BLT file prints {@code FILE: line N: problem} on the error stream and the command exits 1 (after counting
 * the others); wrong use exits 2.
 */
@NamedInterface(name = "count", propagate = false)
public final class CountStvCommand {

    public static final String NAME = "count-stv";

    private static final long DEFAULT_SEED = 20031210L;

    private CountStvCommand() {
    }

    /** Runs the command on its arguments (the first is the command's name); returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Integer seats = null;
        long seed = DEFAULT_SEED;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--seats" -> seats = Integer.valueOf(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> files.add(Path.of(args[i]));
                }
            }
        } catch (RuntimeException wrong) {
            files.clear();
        }
        if (files.isEmpty() || (seats != null && seats < 1)) {
            err.println("Usage: java -jar harambee.jar " + NAME + " [--seats N] [--seed S] FILE.blt...");
            return 2;
        }
        ResourceBundle messages = ResourceBundle.getBundle("i18n/governance", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        int status = 0;
        for (Path file : files) {
            try {
                Election election = BltFile.read(text(Files.readAllBytes(file)));
                if (seats != null) {
                    if (seats > election.candidates().size()) {
                        throw new BltFile.Refused(1, "governance.blt.seats", election.candidates().size());
                    }
                    election = election.withSeats(seats);
                }
                out.println(json(file.toString(), StvCount.count(election, seed)));
            } catch (BltFile.Refused refused) {
                err.println(file + ": line " + refused.line() + ": "
                        + new MessageFormat(messages.getString(refused.key()), Locale.ENGLISH)
                                .format(refused.arguments()));
                status = 1;
            } catch (IOException unreadable) {
                err.println(file + ": cannot be read (" + unreadable.getClass().getSimpleName() + ")");
                status = 1;
            }
        }
        return status;
    }

    /**
     * The file's text, read as every upload is ({@link UploadedText}: UTF-8, or Windows-1252 as Windows tools save
     * it; nothing for an empty file, which the reader refuses), or a refusal naming the line of the first byte that
     * cannot be read.
     */
    static String text(byte[] bytes) {
        try {
            return UploadedText.decode(bytes).text();
        } catch (UploadedText.Unreadable unreadable) {
            if (unreadable.reason() == UploadedText.Reason.EMPTY) {
                return "";
            }
            throw new BltFile.Refused(unreadable.line(), "governance.blt.encoding");
        }
    }

    static String json(String file, StvCount.Result result) {
        Election election = result.election();
        List<String> names = election.candidates();
        StringBuilder json = new StringBuilder(256);
        json.append("{\"file\":").append(quoted(file)).append(",\"title\":").append(quoted(election.title()))
                .append(",\"seats\":").append(election.seats()).append(",\"valid\":").append(result.valid())
                .append(",\"quota\":").append(number(result.quota())).append(",\"elected\":")
                .append(list(result.elected(), names)).append(",\"elected_at_stage\":")
                .append(IntStream.of(result.electedAtStage()).mapToObj(String::valueOf)
                        .collect(Collectors.joining(",", "[", "]")))
                .append(",\"final_totals\":").append(result.elected().stream()
                        .map(c -> number(result.finalTotals()[c])).collect(Collectors.joining(",", "[", "]")))
                .append(",\"lots_drawn\":").append(result.lotsDrawn()).append(",\"seed\":").append(result.seed())
                .append(",\"stages\":[");
        for (StvCount.Stage stage : result.stages()) {
            if (stage.number() > 1) {
                json.append(',');
            }
            json.append("{\"stage\":").append(stage.number()).append(",\"action\":")
                    .append(quoted(stage.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append(",\"candidate\":").append(stage.from() == null ? "null" : quoted(names.get(stage.from())))
                    .append(",\"by_lot\":").append(stage.byLot())
                    .append(",\"changes\":").append(byName(stage.changes(), names))
                    .append(",\"totals\":").append(byName(stage.totals(), names))
                    .append(",\"lost\":").append(number(stage.lost()))
                    .append(",\"elected\":").append(list(stage.elected(), names))
                    .append(",\"filled\":").append(list(stage.filled(), names)).append('}');
        }
        return json.append("]}").toString();
    }

    private static String byName(BigDecimal[] values, List<String> names) {
        return IntStream.range(0, names.size()).mapToObj(c -> quoted(names.get(c)) + ":" + number(values[c]))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String list(List<Integer> candidates, List<String> names) {
        return candidates.stream().map(c -> quoted(names.get(c))).collect(Collectors.joining(",", "[", "]"));
    }

    private static String number(BigDecimal value) {
        return value.toPlainString();
    }

    /** A JSON string. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
