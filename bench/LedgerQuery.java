import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ledger's benchmark on the application's own database, by JDBC (the driver comes from the application's jar):
 * <ul>
 * <li>{@code seed URL USER PASSWORD LINES FROM TO}: posts LINES journal lines (two per entry: dues received, grants,
 * donations, salaries, rent, travel and other expenses against the checking account, amounts in cents from 5 to
 * 5,000) dated evenly from FROM to TO, in transactions of 5,000 entries, with ids above every existing entry; prints
 * the lines per second. On PostgreSQL the ledger's own guards (balanced entries, lines only with their entry) check
 * every one.</li>
 * <li>{@code query URL USER PASSWORD CONCURRENCY RUNS FROM TO...}: for each FROM TO pair, the raw SQL aggregate the
 * trial balance is made of (per account, the sum of the debits and credits of the lines of the entries dated in the
 * period), run RUNS times from CONCURRENCY connections after a warm-up (timed by bench/Timing.java); prints median,
 * p95, runs per second and the period's lines and accounts, as LoadDriver prints pages.</li>
 * </ul>
 * Usage: bench/java.sh -cp DRIVER.jar LedgerQuery.java seed|query ...
 */
public class LedgerQuery {

    private static final String AGGREGATE = """
            select l.account_id, sum(l.debit), sum(l.credit) from journal_entry e
            join journal_line l on l.entry_id = e.id where e.entry_date between ? and ? group by l.account_id""";

    /** The seeded chart's ids (V26__ledger.sql): what a year of the network's books moves money between. */
    private static final long CHECKING = 1;
    private static final long[] INCOME = {12, 12, 12, 13, 14, 14, 16};
    private static final long[] EXPENSES = {17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], args[2], args[3], Integer.parseInt(args[4]), LocalDate.parse(args[5]),
                    LocalDate.parse(args[6]));
            case "query" -> query(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    List.of(args).subList(6, args.length));
            default -> throw new IllegalArgumentException("seed or query, not " + args[0]);
        }
    }

    private static void seed(String url, String user, String password, int lines, LocalDate from, LocalDate to)
            throws Exception {
        Random random = new Random(2003);
        int entries = lines / 2;
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        UUID poster = UUID.nameUUIDFromBytes("bench/LedgerQuery".getBytes());
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            long first;
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from journal_entry")) {
                max.next();
                first = max.getLong(1) + 1_000_000;
            }
            try (PreparedStatement entry = connection.prepareStatement(
                    "insert into journal_entry (id, entry_date, description, posted_at, posted_by) values (?, ?, ?, ?, ?)");
                 PreparedStatement line = connection.prepareStatement(
                         "insert into journal_line (entry_id, position, account_id, debit, credit) values (?, ?, ?, ?, ?)")) {
                for (int n = 0; n < entries; n++) {
                    long id = first + n;
                    LocalDate date = from.plusDays(n * days / entries);
                    boolean income = random.nextInt(3) == 0;
                    long other = income ? INCOME[random.nextInt(INCOME.length)] : EXPENSES[random.nextInt(EXPENSES.length)];
                    BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(499_501), 2);
                    entry.setLong(1, id);
                    entry.setDate(2, Date.valueOf(date));
                    entry.setString(3, (income ? "Received " : "Paid ") + "#" + n);
                    entry.setTimestamp(4, Timestamp.valueOf(date.atTime(12, 0)));
                    entry.setObject(5, poster);
                    entry.addBatch();
                    addLine(line, id, 1, income ? CHECKING : other, amount, BigDecimal.ZERO);
                    addLine(line, id, 2, income ? other : CHECKING, BigDecimal.ZERO, amount);
                    if ((n + 1) % 5_000 == 0 || n == entries - 1) {
                        entry.executeBatch();
                        line.executeBatch();
                        connection.commit();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
                connection.commit();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seeded %,d journal lines (%,d entries, %s to %s) in %.0f s: %,.0f lines per second%n",
                entries * 2, entries, from, to, seconds, entries * 2 / seconds);
    }

    private static void addLine(PreparedStatement line, long entry, int position, long account, BigDecimal debit,
                                BigDecimal credit) throws Exception {
        line.setLong(1, entry);
        line.setInt(2, position);
        line.setLong(3, account);
        line.setBigDecimal(4, debit);
        line.setBigDecimal(5, credit);
        line.addBatch();
    }

    private static void query(String url, String user, String password, int concurrency, int runs, List<String> periods)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            connections.add(DriverManager.getConnection(url, user, password));
        }
        ThreadLocal<Connection> own = new ThreadLocal<>();
        AtomicInteger handedOut = new AtomicInteger();
        System.out.printf("%-60s %10s %10s %10s %12s %12s%n", "raw SQL aggregate", "median ms", "p95 ms", "runs/s",
                "lines", "accounts");
        for (int p = 0; p + 1 < periods.size(); p += 2) {
            Date from = Date.valueOf(periods.get(p));
            Date to = Date.valueOf(periods.get(p + 1));
            long[] shape = new long[2];
            Timing.Action aggregate = () -> {
                Connection connection = own.get();
                if (connection == null) {
                    connection = connections.get(handedOut.getAndIncrement() % connections.size());
                    own.set(connection);
                }
                try (PreparedStatement statement = connection.prepareStatement(AGGREGATE)) {
                    statement.setDate(1, from);
                    statement.setDate(2, to);
                    long accounts = 0;
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(1);
                            rows.getBigDecimal(2);
                            rows.getBigDecimal(3);
                            accounts++;
                        }
                    }
                    shape[1] = accounts;
                }
            };
            Timing.measure(concurrency, Math.min(runs, 20), aggregate);
            Timing.Figures figures = Timing.measure(concurrency, runs, aggregate);
            shape[0] = count(connections.get(0), from, to);
            System.out.printf("%-60s %10.2f %10.2f %10.1f %,12d %12d%n", periods.get(p) + " to " + periods.get(p + 1),
                    figures.medianMs(), figures.p95Ms(), figures.perSecond(), shape[0], shape[1]);
        }
        for (Connection connection : connections) {
            connection.close();
        }
    }

    private static long count(Connection connection, Date from, Date to) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from journal_entry e join journal_line l on l.entry_id = e.id where e.entry_date between ? and ?")) {
            statement.setDate(1, from);
            statement.setDate(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
