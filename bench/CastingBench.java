import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.harambee.HarambeeApplication;
import org.harambee.governance.BallotForm;
import org.harambee.governance.ElectionForm;
import org.harambee.governance.ElectionOffice;
import org.harambee.governance.Threshold;
import org.harambee.governance.Voting;
import org.harambee.governance.VotingMethod;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipSeeding;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.site.Installation;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casting ballots under concurrent voters: the application starts in this process on a fresh database (no demo),
 * VOTERS member organizations with a representative each are registered, and ELECTIONS questions are opened for
 * voting. Then VOTERS threads cast every ballot through the application's own Voting service (the roll read from
 * good standing, the ballot checked, the mark and the paper written in one transaction, the receipt drawn), each
 * election receiving its VOTERS ballots at once; against, in the same run and from the same threads, what the ballot
 * page reads for each voter (its place on the roll, whether it voted: the baseline), and the floor of any write (one
 * row inserted in its own transaction by the same pool). Prints median, p95 and throughput of each and the ratios,
 * and checks that every election received exactly one paper and one mark per voter.
 * Usage: bench/java.sh -cp CLASSPATH CastingBench.java VOTERS ELECTIONS
 */
public class CastingBench {

    public static void main(String[] args) throws Exception {
        int voters = Integer.parseInt(args[0]);
        int elections = Integer.parseInt(args[1]);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HarambeeApplication.class)
                .run("--server.port=0", "--harambee.demo.enabled=false", "--logging.level.root=WARN")) {
            MemberRegistry registry = app.getBean(MemberRegistry.class);
            MembershipSeeding seeding = app.getBean(MembershipSeeding.class);
            Invitations invitations = app.getBean(Invitations.class);
            UserDetailsService accounts = app.getBean(UserDetailsService.class);
            Long area = app.getBean(Taxonomy.class).activeIssueAreas().get(0).id();
            ZoneId zone = app.getBean(Installation.class).timeZone();
            List<OrganizationRegistration> organizations = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                OrganizationProfile profile = new OrganizationProfile("Bench Voters " + v, "We vote.",
                        OrganizationType.GRASSROOTS, 2001, null, null, "Chicago", "IL", null, null, null, Set.of("en"),
                        Set.of(area), Set.of(25), null, true, true, true, Set.of(), Set.of(), false);
                PersonDetails person = new PersonDetails("Delegate " + v, Visibility.PUBLIC, null, Visibility.STAFF,
                        "delegate" + v + "@bench.invalid", Visibility.STAFF, null, Visibility.STAFF, null,
                        Visibility.STAFF, true);
                organizations.add(new OrganizationRegistration(profile, List.of(person), new Standing(
                        MembershipStatus.ACTIVE, false, LocalDate.of(2010, 1, 1), null), "en"));
            }
            List<Long> members = registry.registerOrganizations(organizations);
            List<HarambeeUser> delegates = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                String email = "delegate" + v + "@bench.invalid";
                seeding.linkRepresentative(email, invitations.invite(email, "Delegate " + v, Role.REPRESENTATIVE,
                        Locale.ENGLISH));
                delegates.add((HarambeeUser) accounts.loadUserByUsername(email));
            }
            ElectionOffice office = app.getBean(ElectionOffice.class);
            LocalDateTime now = LocalDateTime.now(zone);
            List<String> slugs = new ArrayList<>();
            for (int e = 0; e < elections; e++) {
                ElectionForm form = new ElectionForm();
                form.setTitleEn("Bench question " + e);
                form.setMethod(VotingMethod.QUESTION);
                form.setQuestionEn("Shall we?");
                form.setThreshold(Threshold.MAJORITY);
                form.setVotingOpens(now.minusMinutes(1));
                form.setVotingCloses(now.plusHours(2));
                form.setRecordDate(now.toLocalDate());
                form.setOrganizationsVote(true);
                slugs.add(office.call(form, UUID.randomUUID()).slug());
            }
            Voting voting = app.getBean(Voting.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
            jdbc.execute("create table bench_floor (id uuid primary key, note varchar(100))");
            int runs = voters * elections;

            Timing.measure(voters, Math.min(runs, 200), () -> transactions.executeWithoutResult(s -> jdbc.update(
                    "insert into bench_floor (id, note) values (?, ?)", UUID.randomUUID(), "warm-up")));
            Timing.Figures floor = Timing.measure(voters, runs, () -> transactions.executeWithoutResult(s -> jdbc
                    .update("insert into bench_floor (id, note) values (?, ?)", UUID.randomUUID(), "a row")));
            AtomicInteger read = new AtomicInteger();
            Timing.Figures reading = Timing.measure(voters, runs, () -> {
                int i = read.getAndIncrement();
                voting.voters(office.election(slugs.get(i / voters)).orElseThrow(), delegates.get(i % voters));
            });
            AtomicInteger next = new AtomicInteger();
            Timing.Figures casting = Timing.measure(voters, runs, () -> {
                int i = next.getAndIncrement();
                BallotForm ballot = new BallotForm();
                ballot.setMember(members.get(i % voters));
                ballot.setAnswer(i % 3 == 0 ? "NO" : "YES");
                voting.cast(slugs.get(i / voters), ballot, delegates.get(i % voters));
            });
            Integer papers = jdbc.queryForObject("select count(*) from ballot_paper p join election e on e.id ="
                    + " p.election_id where e.title_en like 'Bench question %'", Integer.class);
            Integer marks = jdbc.queryForObject("select count(*) from marked_register m join election e on e.id ="
                    + " m.election_id where e.title_en like 'Bench question %'", Integer.class);
            System.out.printf("%d voters at once, %d elections, %d ballots (%d papers, %d marks)%n", voters, elections,
                    runs, papers, marks);
            System.out.printf("%-40s %10s %10s %10s%n", "", "median ms", "p95 ms", "per second");
            System.out.printf("%-40s %10.2f %10.2f %10.0f%n", "one row in its own transaction (floor)",
                    floor.medianMs(), floor.p95Ms(), floor.perSecond());
            System.out.printf("%-40s %10.2f %10.2f %10.0f%n", "the ballot page's read (roll, voted)",
                    reading.medianMs(), reading.p95Ms(), reading.perSecond());
            System.out.printf("%-40s %10.2f %10.2f %10.0f%n", "a ballot cast", casting.medianMs(), casting.p95Ms(),
                    casting.perSecond());
            System.out.printf("ratio cast/ballot page's read: median %.1f, p95 %.1f, throughput %.2f%n",
                    casting.medianMs() / reading.medianMs(), casting.p95Ms() / reading.p95Ms(),
                    casting.perSecond() / reading.perSecond());
            System.out.printf("ratio cast/floor: median %.1f, p95 %.1f, throughput %.2f%n",
                    casting.medianMs() / floor.medianMs(), casting.p95Ms() / floor.p95Ms(),
                    casting.perSecond() / floor.perSecond());
            if (papers != runs || marks != runs) {
                throw new IllegalStateException("Expected " + runs + " papers and marks");
            }
        }
    }
}
