package org.harambee.directory.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.harambee.membership.Capacity;
import org.harambee.membership.InvalidRegistrationException;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.OrganizationUpdate;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.RegisteredOrganization;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
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
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "si", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private final MemberRegistry registry;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<String, Map<String, Enum<?>>> labels = new java.util.concurrent.ConcurrentHashMap<>();

    ImportCheck(MemberRegistry registry, Taxonomy taxonomy, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.messages = messages;
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
        List<Cells> read = new ArrayList<>(rows.size());
        List<ImportMatch> matches = new ArrayList<>();
        Map<Integer, RegisteredOrganization> matched = new HashMap<>();
        for (ImportRow row : rows) {
            Cells cells = new Cells(row, issueAreas);
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
        Map<Long, OrganizationProfile> existing = registry.profiles(
                matched.values().stream().map(RegisteredOrganization::id).collect(Collectors.toSet()));
        List<Pending> pending = new ArrayList<>();
        for (Cells cells : read) {
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

    /** The cells of one row, read into the values of a profile; blank or unreadable cells are null. */
    private final class Cells {

        private final ImportRow row;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final String name;
        private final String mission;
        private final OrganizationType type;
        private final String city;
        private final String state;
        private final String country;
        private final String zip;
        private final String website;
        private final String email;
        private final String contactName;
        private final String phone;
        private final Set<Long> issueAreas;
        private final Set<Integer> rights;
        private final Set<String> languages;
        private final String communitiesServed;
        private final Boolean grassroots;
        private final Boolean ledByDirectlyAffected;
        private final Boolean listedPublicly;
        private final Boolean openToPartners;
        private final Set<Capacity> offers;
        private final Set<Capacity> needs;
        private final MembershipStatus status;
        private final LocalDate memberSince;
        private final Boolean foundingMember;

        Cells(ImportRow row, Map<String, Long> issueAreaIds) {
            this.row = row;
            name = text(ImportColumn.NAME);
            mission = text(ImportColumn.MISSION);
            type = choice(ImportColumn.TYPE, OrganizationType.values(), "membership.type.");
            city = text(ImportColumn.CITY);
            state = upper(text(ImportColumn.STATE));
            country = upper(text(ImportColumn.COUNTRY));
            zip = text(ImportColumn.ZIP);
            website = text(ImportColumn.WEBSITE);
            String address = text(ImportColumn.EMAIL);
            email = address == null ? null : address.toLowerCase(Locale.ROOT);
            contactName = text(ImportColumn.CONTACT_NAME);
            phone = text(ImportColumn.PHONE);
            issueAreas = list(ImportColumn.ISSUE_AREAS, slug -> issueAreaIds.get(slug.toLowerCase(Locale.ROOT)),
                    "directory.import.issueArea.unknown");
            rights = list(ImportColumn.RIGHTS, ImportCheck::article, "directory.import.right.unknown");
            languages = list(ImportColumn.LANGUAGES, code -> code.toLowerCase(Locale.ROOT), null);
            communitiesServed = text(ImportColumn.COMMUNITIES_SERVED);
            grassroots = yesNo(ImportColumn.GRASSROOTS);
            ledByDirectlyAffected = yesNo(ImportColumn.LED_BY_DIRECTLY_AFFECTED);
            listedPublicly = yesNo(ImportColumn.LISTED_PUBLICLY);
            openToPartners = yesNo(ImportColumn.OPEN_TO_PARTNERS);
            offers = list(ImportColumn.OFFERS, value -> label(value, Capacity.values(), "membership.capacity."),
                    "directory.import.capacity.unknown");
            needs = list(ImportColumn.NEEDS, value -> label(value, Capacity.values(), "membership.capacity."),
                    "directory.import.capacity.unknown");
            status = choice(ImportColumn.STATUS, MembershipStatus.values(), "membership.status.");
            memberSince = date(ImportColumn.MEMBER_SINCE);
            foundingMember = yesNo(ImportColumn.FOUNDING_MEMBER);
        }

        /** What identifies the organization this row describes: name key, website key, e-mail. */
        Map<ImportColumn, String> keys() {
            Map<ImportColumn, String> keys = new LinkedHashMap<>();
            if (name != null) {
                keys.put(ImportColumn.NAME, OrganizationProfile.nameKeyOf(name));
            }
            if (websiteKey(website) != null) {
                keys.put(ImportColumn.WEBSITE, websiteKey(website));
            }
            if (email != null) {
                keys.put(ImportColumn.EMAIL, email);
            }
            keys.values().removeIf(String::isEmpty);
            return keys;
        }

        OrganizationRegistration registration() {
            OrganizationProfile profile = new OrganizationProfile(name, mission, type, null, null, null, city, state,
                    zip, country, website, languages, issueAreas, rights, communitiesServed, isTrue(grassroots),
                    isTrue(ledByDirectlyAffected), isTrue(listedPublicly), offers, needs, isTrue(openToPartners));
            PersonDetails contact = new PersonDetails(contactName, Visibility.MEMBERS, null, null, email,
                    Visibility.MEMBERS, phone, Visibility.STAFF, null, null, true);
            MembershipStatus standing = status == null ? MembershipStatus.ACTIVE : status;
            LocalDate since = memberSince == null ? LocalDate.now(clock) : memberSince;
            return new OrganizationRegistration(profile, List.of(contact),
                    new Standing(standing, isTrue(foundingMember), since, null), "en");
        }

        /**
         * The profile an update would give: every cell that is not blank replaces its field; state, country and
         * ZIP code are replaced together when the row gives a state or a country.
         */
        OrganizationProfile merged(OrganizationProfile current) {
            boolean moved = state != null || country != null;
            return new OrganizationProfile(or(name, current.name()), or(mission, current.mission()),
                    or(type, current.type()), current.yearFounded(), current.budget(), current.staffSize(),
                    or(city, current.city()), moved ? state : current.state(), moved ? zip : or(zip, current.zip()),
                    moved ? country : current.country(), or(website, current.website()),
                    or(languages, current.languages()), or(issueAreas, current.issueAreas()),
                    or(rights, current.rights()), or(communitiesServed, current.communitiesServed()),
                    or(grassroots, current.grassroots()), or(ledByDirectlyAffected, current.ledByDirectlyAffected()),
                    or(listedPublicly, current.listedPublicly()), or(offers, current.offers()),
                    or(needs, current.needs()), or(openToPartners, current.openToPartners()));
        }

        /** The cell's text; a cell a spreadsheet would run as a formula is refused. */
        private String text(ImportColumn column) {
            String value = row.cell(column);
            if (value == null) {
                return null;
            }
            char first = value.charAt(0);
            boolean phoneNumber = column == ImportColumn.PHONE && first == '+' && value.length() > 1
                    && Character.isDigit(value.charAt(1));
            if ("=+-@".indexOf(first) >= 0 && !phoneNumber) {
                problems.add(ImportProblem.of(row.line(), column, "directory.import.formula"));
                return null;
            }
            return value;
        }

        private Boolean yesNo(ImportColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String folded = OrganizationProfile.nameKeyOf(value);
            if (YES.contains(folded)) {
                return true;
            }
            if (NO.contains(folded)) {
                return false;
            }
            problems.add(ImportProblem.of(row.line(), column, "directory.import.yesNo", value));
            return null;
        }

        private LocalDate date(ImportColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isAfter(LocalDate.now(clock))) {
                    problems.add(ImportProblem.of(row.line(), column, "directory.import.date.future", value));
                    return null;
                }
                return date;
            } catch (DateTimeParseException notADate) {
                problems.add(ImportProblem.of(row.line(), column, "directory.import.date", value));
                return null;
            }
        }

        private <E extends Enum<E>> E choice(ImportColumn column, E[] values, String labelPrefix) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            E found = label(value, values, labelPrefix);
            if (found == null) {
                problems.add(ImportProblem.of(row.line(), column, "directory.import.choice.unknown", value,
                        java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))));
            }
            return found;
        }

        /** The values of a list cell ("a;b;c"); each that {@code read} cannot read is a problem. */
        private <T> Set<T> list(ImportColumn column, java.util.function.Function<String, T> read, String unknownKey) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Set<T> values = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String part : value.split(";")) {
                if (!part.isBlank()) {
                    T each = read.apply(part.strip());
                    if (each == null) {
                        unknown.add(part.strip());
                    } else {
                        values.add(each);
                    }
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(ImportProblem.of(row.line(), column, unknownKey, String.join("; ", unknown)));
                return null;
            }
            return values;
        }
    }

    /** The value an enum name or its label (English or Spanish) names, ignoring case and accents; null if none. */
    private <E extends Enum<E>> E label(String value, E[] values, String labelPrefix) {
        Map<String, Enum<?>> named = labels.computeIfAbsent(labelPrefix, prefix -> {
            Map<String, Enum<?>> all = new HashMap<>();
            for (E each : values) {
                all.put(OrganizationProfile.nameKeyOf(each.name()), each);
                for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                    String label = messages.getMessage(prefix + each.name(), null, null, locale);
                    if (label != null) {
                        all.putIfAbsent(OrganizationProfile.nameKeyOf(label), each);
                    }
                }
            }
            return all;
        });
        @SuppressWarnings("unchecked")
        E found = (E) named.get(OrganizationProfile.nameKeyOf(value));
        return found;
    }

    private static Integer article(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}
