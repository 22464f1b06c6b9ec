package org.harambee.directory.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;

/** The cells of one row, read into the values of a profile; blank or unreadable cells are null, with a problem. */
final class ImportCells {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "si", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private final ImportLabels labels;
    private final LocalDate today;
    final ImportRow row;
    final List<ImportProblem> problems = new ArrayList<>();
    final String name;
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

    ImportCells(ImportRow row, Map<String, Long> issueAreaIds, ImportLabels labels, LocalDate today) {
        this.row = row;
        this.labels = labels;
        this.today = today;
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
        rights = list(ImportColumn.RIGHTS, ImportCells::article, "directory.import.right.unknown");
        languages = list(ImportColumn.LANGUAGES, code -> code.toLowerCase(Locale.ROOT), null);
        communitiesServed = text(ImportColumn.COMMUNITIES_SERVED);
        grassroots = yesNo(ImportColumn.GRASSROOTS);
        ledByDirectlyAffected = yesNo(ImportColumn.LED_BY_DIRECTLY_AFFECTED);
        listedPublicly = yesNo(ImportColumn.LISTED_PUBLICLY);
        openToPartners = yesNo(ImportColumn.OPEN_TO_PARTNERS);
        offers = list(ImportColumn.OFFERS, value -> labels.label(value, Capacity.values(), "membership.capacity."),
                "directory.import.capacity.unknown");
        needs = list(ImportColumn.NEEDS, value -> labels.label(value, Capacity.values(), "membership.capacity."),
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
        if (ImportCheck.websiteKey(website) != null) {
            keys.put(ImportColumn.WEBSITE, ImportCheck.websiteKey(website));
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
        LocalDate since = memberSince == null ? today : memberSince;
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
            if (date.isAfter(today)) {
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
        E found = labels.label(value, values, labelPrefix);
        if (found == null) {
            problems.add(ImportProblem.of(row.line(), column, "directory.import.choice.unknown", value,
                    java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))));
        }
        return found;
    }

    /** The values of a list cell ("a;b;c"); each that {@code read} cannot read is a problem. */
    private <T> Set<T> list(ImportColumn column, Function<String, T> read, String unknownKey) {
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
