package org.harambee.guards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documented answer of every route to every role, read from the table in {@code docs/routes.md}: one row per
 * route ({@code | GET | /groups/{slug} | ok | ok | ok | ok | ok | what it is |}), the columns in the order of
 * {@link GuardWorld#ROLES}.
 */
final class RouteTable {

    static final Path FILE = Path.of("docs", "routes.md");

    private static final Pattern REFUSING_NOTICE = Pattern.compile("refused|notYours|\\.not[A-Z]|unknown");

    private final Map<String, List<String>> answers = new LinkedHashMap<>();

    RouteTable() throws IOException {
        for (String line : Files.readAllLines(FILE)) {
            String[] cells = Arrays.stream(line.replace("\\|", "\u0000").split("\\|"))
                    .map(cell -> cell.replace('\u0000', '|').strip()).toArray(String[]::new);
            if (cells.length >= 8 && cells[0].isEmpty() && cells[1].matches("GET|POST|PUT|PATCH|DELETE")) {
                String key = cells[1] + " " + cells[2].replace("`", "");
                answers.put(key, List.of(cells).subList(3, 3 + GuardWorld.ROLES.size()));
            }
        }
    }

    /** The answers, in the order of the roles, or null when the route is not in the table. */
    List<String> answers(Route route) {
        return answers.get(route.key());
    }

    String answer(Route route, String role) {
        List<String> row = answers(route);
        return row == null ? null : row.get(GuardWorld.ROLES.indexOf(role));
    }

    /** Rows for routes the application no longer has. */
    List<String> rowsWithoutRoute(List<Route> routes) {
        List<String> keys = routes.stream().map(Route::key).toList();
        return answers.keySet().stream().filter(key -> !keys.contains(key)).toList();
    }

    /** Answers that refuse: sent to sign in, 401, 403, 404, or sent back with a message that refuses
     * (its key says refused, notYours, not… or unknown). */
    static boolean refusal(String answer) {
        return List.of("sign-in", "401", "403", "404").contains(answer)
                || answer.startsWith("notice:") && REFUSING_NOTICE.matcher(answer).find();
    }
}
