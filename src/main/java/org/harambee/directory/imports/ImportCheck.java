package org.harambee.directory.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.harambee.membership.InvalidRegistrationException;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationUpdate;
import org.harambee.membership.RegisteredOrganization;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.membership.OrganizationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of an import file against the network, without storing anything. Each cell is read (a formula,
 * an unknown issue area, a word that is not yes or no are problems of that cell); each row is compared with the
 * rows above it (the same name, website or e-mail twice is a problem) and with the organizations the network has
 * (the same name, website or primary e-mail is a match, which staff skip or update); then every row goes through
 * the membership rules, as a new organization or as an update of the one it matches. The rules are membership's,
 * asked through {@link MemberRegistry}; this class only reads the file.
 */
@Component
class ImportCheck {

    static final int CHUNK = 500;

    private final MemberRegistry registry;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final ImportLabels labels;

    ImportCheck(MemberRegistry registry, Taxonomy taxonomy, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.labels = new ImportLabels(messages);
        this.clock = clock;
    }

    /** What a file would do: its problems, its matches with existing organizations, and what each row would store. */
    record Outcome(int rows, List<ImportProblem> problems, List<ImportMatch> matches, List<Pending> pending) {

        long newOrganizations() {
            return pending.stream().filter(p -> p.registration() != null).count();
        }
    }

    /** What one row would store: a new organization, or an update of the one it matches. */
    record Pending(int line, OrganizationRegistration registration, OrganizationUpdate update) {
    }

    /** Checks the rows; {@code checked} hears how many rows are checked so far. */
    Outcome check(List<ImportRow> rows, IntConsumer checked) {
        Known known = new Known(registry.registeredOrganizations());
        Map<String, Long> issueAreas = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::slug, IssueArea::id));
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, Set<ImportColumn>> columnsWithProblems = new HashMap<>();
        Set<Integer> repeated = new HashSet<>();
        Map<String, Integer> firstLines = new HashMap<>();
        List<ImportCells> read = new ArrayList<>(rows.size());
        List<ImportMatch> matches = new ArrayList<>();
        Map<Integer, RegisteredOrganization> matched = new HashMap<>();
        for (ImportRow row : rows) {
            ImportCells cells = new ImportCells(row, issueAreas, labels, LocalDate.now(clock));
            read.add(cells);
            cells.problems.forEach(problem -> note(problem, problems, columnsWithProblems));
            for (Map.Entry<ImportColumn, String> key : cells.keys().entrySet()) {
                Integer first = firstLines.putIfAbsent(key.getKey() + ":" + key.getValue(), row.line());
                if (first != null && repeated.add(row.line())) {
                    note(ImportProblem.of(row.line(), key.getKey(), "directory.import.duplicate.inFile", first,
                            key.getKey().header()), problems, columnsWithProblems);
                }
            }
            Map<RegisteredOrganization, List<ImportColumn>> candidates = known.matching(cells.keys());
            if (candidates.size() > 1) {
                note(ImportProblem.of(row.line(), ImportColumn.NAME, "directory.import.duplicate.several",
                        candidates.keySet().stream().map(RegisteredOrganization::name).sorted()
                                .collect(Collectors.joining("; "))), problems, columnsWithProblems);
            } else if (candidates.size() == 1) {
                Map.Entry<RegisteredOrganization, List<ImportColumn>> match = candidates.entrySet().iterator().next();
                matched.put(row.line(), match.getKey());
                matches.add(new ImportMatch(row.line(), cells.name, match.getKey().id(), match.getKey().name(),
                        match.getKey().slug(), match.getValue(), ImportMatch.Decision.SKIP));
            }
        }
        Map<Long, OrganizationProfile> existing = registry.profiles(OrganizationId.all(
                matched.values().stream().map(RegisteredOrganization::id).collect(Collectors.toSet())));
        List<Pending> pending = new ArrayList<>();
        for (ImportCells cells : read) {
            RegisteredOrganization match = matched.get(cells.row.line());
            if (match == null) {
                pending.add(new Pending(cells.row.line(), cells.registration(), null));
            } else if (existing.containsKey(match.id())) {
                pending.add(new Pending(cells.row.line(), null,
                        new OrganizationUpdate(match.id(), cells.merged(existing.get(match.id())))));
            }
        }
        List<ImportProblem> ruleProblems = new ArrayList<>();
        int done = 0;
        for (int from = 0; from < pending.size(); from += CHUNK) {
            List<Pending> chunk = pending.subList(from, Math.min(pending.size(), from + CHUNK));
            List<Pending> adding = chunk.stream().filter(p -> p.registration() != null).toList();
            List<Pending> updating = chunk.stream().filter(p -> p.update() != null).toList();
            collect(adding, registry.checkOrganizations(adding.stream().map(Pending::registration).toList()),
                    ruleProblems);
            collect(updating, registry.checkUpdates(updating.stream().map(Pending::update).toList()), ruleProblems);
            done += chunk.size();
            checked.accept(done);
        }
        for (ImportProblem problem : ruleProblems) {
            Set<ImportColumn> alreadyShown = columnsWithProblems.getOrDefault(problem.line(), Set.of());
            boolean sameNameAgain = repeated.contains(problem.line())
                    && problem.codes().get(0).endsWith("membership.name.taken");
            if (!sameNameAgain && (problem.column() == null || !alreadyShown.contains(problem.column()))) {
                problems.add(problem);
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line)
                .thenComparing(p -> p.column() == null ? -1 : p.column().ordinal()));
        return new Outcome(rows.size(), problems, matches, pending);
    }

    private static void note(ImportProblem problem, List<ImportProblem> problems,
            Map<Integer, Set<ImportColumn>> columnsWithProblems) {
        problems.add(problem);
        if (problem.column() != null) {
            columnsWithProblems.computeIfAbsent(problem.line(), line -> new HashSet<>()).add(problem.column());
        }
    }

    private static void collect(List<Pending> checked, List<InvalidRegistrationException.Problem> found,
            List<ImportProblem> problems) {
        for (InvalidRegistrationException.Problem problem : found) {
            problems.add(ImportProblem.ofRule(checked.get(problem.row()).line(),
                    ImportColumn.ofField(problem.field()).orElse(null), problem.code(), problem.message()));
        }
    }

    /** How a website is compared: host (without "www.") and path, without scheme, query or trailing slash. */
    static String websiteKey(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String key = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "")
                .replaceFirst("^www\\.", "").replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return key.isEmpty() ? null : key;
    }

    /** The organizations the network has, by name, website and primary e-mail. */
    private static final class Known {

        private final Map<String, List<RegisteredOrganization>> byKey = new HashMap<>();

        Known(List<RegisteredOrganization> organizations) {
            for (RegisteredOrganization organization : organizations) {
                add(ImportColumn.NAME, OrganizationProfile.nameKeyOf(organization.name()), organization);
                add(ImportColumn.WEBSITE, websiteKey(organization.website()), organization);
                add(ImportColumn.EMAIL, organization.email() == null ? null
                        : organization.email().strip().toLowerCase(Locale.ROOT), organization);
            }
        }

        private void add(ImportColumn column, String key, RegisteredOrganization organization) {
            if (key != null && !key.isEmpty()) {
                byKey.computeIfAbsent(column + ":" + key, k -> new ArrayList<>()).add(organization);
            }
        }

        Map<RegisteredOrganization, List<ImportColumn>> matching(Map<ImportColumn, String> keys) {
            Map<RegisteredOrganization, List<ImportColumn>> found = new LinkedHashMap<>();
            keys.forEach((column, key) -> byKey.getOrDefault(column + ":" + key, List.of()).forEach(
                    organization -> found.computeIfAbsent(organization, o -> new ArrayList<>()).add(column)));
            return found;
        }
    }

}
