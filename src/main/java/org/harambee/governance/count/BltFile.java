package org.harambee.governance.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.modulith.NamedInterface;

/**
 * Reads a ballot file in the BLT format: a first line with the number of candidates and of seats; optionally a line
 * of negative numbers naming withdrawn candidates; ballot lines, each a positive whole weight (how many voters
 * cast that ballot) followed by candidate numbers in order of preference and ended by {@code 0}; a line holding
 * only {@code 0}; then each candidate's name in double quotes, in candidate-number order; and the election's title
 * in double quotes. A ballot that names an unknown candidate is refused, as are ranks that repeat a candidate, equal
 * rankings ({@code 1=2}), a missing end and anything after the title (a withdrawn candidate's preferences are
 * skipped when counting). A problem names its line.
 */
@NamedInterface(name = "count", propagate = false)
public final class BltFile {

    /** At most this many candidates, ballot lines and preferences per ballot: a count, not a denial of service. */
    public static final int MAX_CANDIDATES = 1_000;
    public static final int MAX_BALLOT_LINES = 2_000_000;
    public static final long MAX_WEIGHT = 100_000_000L;

    private BltFile() {
    }

    /** A file that is not a BLT file: the line (1 for the first) and what is wrong, as a message key and arguments. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final String key;
        private final transient Object[] arguments;

        Refused(int line, String key, Object... arguments) {
            super("line " + line + ": " + key);
            this.line = line;
            this.key = key;
            this.arguments = arguments.clone();
        }

        public int line() {
            return line;
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** Reads the text of a BLT file. */
    public static Election read(String text) {
        Lines lines = new Lines(text);
        int[] header;
        try {
            header = lines.numbers();
        } catch (Refused notNumbers) {
            throw new Refused(notNumbers.line(), "governance.blt.header");
        }
        if (header == null) {
            throw new Refused(lines.number(), "governance.blt.empty");
        }
        if (header.length != 2) {
            throw new Refused(lines.number(), "governance.blt.header");
        }
        int candidates = header[0];
        int seats = header[1];
        if (candidates < 1 || candidates > MAX_CANDIDATES) {
            throw new Refused(lines.number(), "governance.blt.candidates", MAX_CANDIDATES);
        }
        if (seats < 1 || seats > candidates) {
            throw new Refused(lines.number(), "governance.blt.seats", candidates);
        }
        Set<Integer> withdrawn = new HashSet<>();
        List<Ballot> ballots = new ArrayList<>();
        int[] seen = new int[candidates];
        int[] line = lines.numbers();
        if (line != null && line.length > 0 && line[0] < 0) {
            for (int number : line) {
                if (number >= 0 || -number > candidates) {
                    throw new Refused(lines.number(), "governance.blt.withdrawn", candidates);
                }
                withdrawn.add(-number - 1);
            }
            line = lines.numbers();
        }
        while (true) {
            if (line == null) {
                throw new Refused(lines.number(), "governance.blt.noEnd");
            }
            if (line.length == 1 && line[0] == 0) {
                break;
            }
            if (ballots.size() == MAX_BALLOT_LINES) {
                throw new Refused(lines.number(), "governance.blt.tooManyBallots", MAX_BALLOT_LINES);
            }
            ballots.add(ballot(line, lines.number(), candidates, seen, ballots.size() + 1));
            line = lines.numbers();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            names.add(lines.quoted("governance.blt.name", candidates));
        }
        String title = lines.quoted("governance.blt.title");
        lines.end();
        return new Election(title, names, seats, withdrawn, ballots);
    }

    /**
     * The election as a BLT file this reader reads back: identical ballots written once with their weight, the
     * heaviest first (then by their preferences), so the file says nothing of the order ballots were cast in; a
     * quote inside a name or the title is written twice.
     */
    public static String write(Election election) {
        Map<String, Long> weights = new TreeMap<>();
        for (Ballot ballot : election.ballots()) {
            StringBuilder preferences = new StringBuilder();
            for (int candidate : ballot.preferences()) {
                preferences.append(' ').append(candidate + 1);
            }
            weights.merge(preferences.toString(), ballot.weight(), Long::sum);
        }
        StringBuilder blt = new StringBuilder(64 + 16 * weights.size());
        blt.append(election.candidates().size()).append(' ').append(election.seats()).append('\n');
        if (!election.withdrawn().isEmpty()) {
            election.withdrawn().stream().sorted().forEach(c -> blt.append(-(c + 1)).append(' '));
            blt.setLength(blt.length() - 1);
            blt.append('\n');
        }
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(line -> blt.append(line.getValue()).append(line.getKey()).append(" 0\n"));
        blt.append("0\n");
        election.candidates().forEach(name -> blt.append(quoted(name)).append('\n'));
        return blt.append(quoted(election.title())).append('\n').toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"").replaceAll("\\p{Cntrl}", " ") + '"';
    }

    /** The ballot of a line; {@code seen} holds, per candidate, the last ballot (by {@code index}) that ranked them. */
    private static Ballot ballot(int[] line, int number, int candidates, int[] seen, int index) {
        if (line.length < 2 || line[line.length - 1] != 0) {
            throw new Refused(number, "governance.blt.ballotEnd");
        }
        if (line[0] < 1 || line[0] > MAX_WEIGHT) {
            throw new Refused(number, "governance.blt.weight", MAX_WEIGHT);
        }
        int[] preferences = new int[line.length - 2];
        for (int i = 1; i < line.length - 1; i++) {
            int candidate = line[i];
            if (candidate < 1 || candidate > candidates) {
                throw new Refused(number, "governance.blt.unknownCandidate", candidate, candidates);
            }
            if (seen[candidate - 1] == index) {
                throw new Refused(number, "governance.blt.repeated", candidate);
            }
            seen[candidate - 1] = index;
            preferences[i - 1] = candidate - 1;
        }
        if (preferences.length == 0) {
            throw new Refused(number, "governance.blt.emptyBallot");
        }
        return new Ballot(line[0], preferences);
    }

    /** The file's lines, read one after another; blank lines are skipped. */
    private static final class Lines {

        private final String[] lines;
        private int next;

        Lines(String text) {
            String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.lines = content.split("\r\n|\r|\n", -1);
        }

        /** The number (1 for the first) of the line read last; the last line once the file is read to its end. */
        int number() {
            return Math.max(1, Math.min(next, lines.length));
        }

        private String nextLine() {
            while (next < lines.length) {
                String line = lines[next++].strip();
                if (!line.isEmpty()) {
                    return line;
                }
            }
            next = lines.length + 1;
            return null;
        }

        /** The next line's whole numbers (at most nine digits each, a sign allowed); null at the end of the file. */
        int[] numbers() {
            String line = nextLine();
            if (line == null) {
                return null;
            }
            int[] numbers = new int[8];
            int count = 0;
            int at = 0;
            int length = line.length();
            while (at < length) {
                while (at < length && Character.isWhitespace(line.charAt(at))) {
                    at++;
                }
                if (at == length) {
                    break;
                }
                int start = at;
                while (at < length && !Character.isWhitespace(line.charAt(at))) {
                    at++;
                }
                if (count == numbers.length) {
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = number(line, start, at);
            }
            return Arrays.copyOf(numbers, count);
        }

        /** The whole number written from {@code start} to {@code end} of the line, or a refusal naming the word. */
        private int number(String line, int start, int end) {
            boolean negative = line.charAt(start) == '-';
            int first = negative ? start + 1 : start;
            boolean digits = end > first && end - first <= 9;
            int value = 0;
            for (int i = first; i < end && digits; i++) {
                char c = line.charAt(i);
                digits = c >= '0' && c <= '9';
                value = value * 10 + (c - '0');
            }
            if (!digits) {
                String word = line.substring(start, end);
                throw new Refused(number(), word.contains("=") ? "governance.blt.equalRanks"
                        : "governance.blt.notANumber", word);
            }
            return negative ? -value : value;
        }

        /** The next line, a text in double quotes (a quote inside is written twice or escaped with \). */
        String quoted(String key, Object... arguments) {
            String line = nextLine();
            if (line == null || line.length() < 2 || !line.startsWith("\"") || !line.endsWith("\"")) {
                throw new Refused(number(), key, arguments);
            }
            String inner = line.substring(1, line.length() - 1).replace("\\\"", "\"").replace("\"\"", "\"").strip();
            if (inner.isEmpty() || inner.chars().anyMatch(Character::isISOControl)) {
                throw new Refused(number(), key, arguments);
            }
            return inner;
        }

        void end() {
            if (nextLine() != null) {
                throw new Refused(number(), "governance.blt.afterTitle");
            }
        }
    }
}
