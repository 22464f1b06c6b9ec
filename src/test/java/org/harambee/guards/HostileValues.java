package org.harambee.guards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an attacker, a broken client or a careless paste sends instead of a proper value. Each is either a value
 * (which the request encodes as a browser would) or raw text put into the address as is: percent-encodings that are
 * not UTF-8 at all, or overlong. (Percent signs that encode nothing, such as {@code %ZZ}, never reach the
 * application: the server refuses the request line; {@code HostileInputIntegrationTests} sends those over a socket.) Besides these, every parameter is also sent twice, and as an array and an indexed
 * property ({@code x[]}, {@code x[0]}), where one value is expected.
 */
public final class HostileValues {

    /** One hostile value: its label (for the report), and the text, encoded or raw. */
    public record Hostile(String label, String value, boolean raw) {
    }

    private HostileValues() {
    }

    /**
     * The few values that break a parameter by its type (empty, NUL, huge, impossible date, unknown name, lone
     * surrogate, 10 KB, bytes that are not UTF-8) and the type's own traps (an enum's names in lower case or padded),
     * for a form's fields one at a time: each of them also gets {@link #forType all values} in requests that give
     * every field of the form the same value.
     */
    public static List<Hostile> core(Class<?> type) {
        List<String> labels = List.of("\"\"", "\"\\u0000\"", "\"99999999999999999999999999\"", "\"-1\"",
                "\"2026-02-30\"", "\"UNKNOWN_VALUE\"", "\"\\ud800\"", "10 KB of a", "raw %FF");
        return forType(type).stream().filter(hostile -> labels.contains(hostile.label())
                || hostile.label().startsWith("lowercase ") || hostile.label().startsWith("padded ")).toList();
    }

    public static List<Hostile> forType(Class<?> type) {
        List<Hostile> values = new ArrayList<>();
        String[] plain = {"", " ", "\t", "0", "-1", "-0", "1.5", "1e309", "NaN", "Infinity", "-Infinity",
            "99999999999999999999999999", "9223372036854775808", "-9223372036854775809", "2147483648", "0x1F", "true",
            "null", "undefined", "\u0000", "a\u0000b", "\u0001\u0002\u001b\u007f", "\r\n", "line\r\nSet-Cookie: x=y",
            "UNKNOWN_VALUE", "2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "2026-02-28T25:61",
            "'; drop table account; --", "' OR '1'='1", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "\uD83D\uDE00",
            "\u202Eevil\u202C", "\u200B", "=HYPERLINK(\"http://example.com\")", "+1+1", "-2+3", "@SUM(A1)",
            "\uD800", "\uFFFF", "\uFF21\uFF22\uFF23", "${7*7}", "{{7*7}}", "%s%n%x", "mail@", "http://[::1]:0/",
            "file:///etc/passwd"};
        for (String value : plain) {
            values.add(new Hostile(label(value), value, false));
        }
        values.add(new Hostile("10 KB of a", "a".repeat(10_240), false));
        values.add(new Hostile("10 KB of é", "\u00e9".repeat(10_240), false));
        values.add(new Hostile("300 characters then an address", "a".repeat(300) + "@example.org", false));
        for (String raw : List.of("%FF", "%C0%AF", "%E0%80%80", "%ED%A0%80", "%00", "%F4%90%80%80", "%C3%28", "%80")) {
            values.add(new Hostile("raw " + raw, raw, true));
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                values.add(new Hostile("lowercase " + name, name.toLowerCase(Locale.ROOT), false));
                values.add(new Hostile("padded " + name, " " + name + " ", false));
            }
        } else {
            values.add(new Hostile("lowercase public", "public", false));
        }
        return values;
    }

    private static String label(String value) {
        StringBuilder label = new StringBuilder();
        for (char c : value.toCharArray()) {
            label.append(c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return "\"" + label + "\"";
    }
}
