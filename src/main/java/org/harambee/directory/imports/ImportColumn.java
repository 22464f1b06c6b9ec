package org.harambee.directory.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an organization import reads, in the template's order. The header row names them (case and
 * surrounding spaces do not matter; a space or hyphen counts as an underscore). Required columns must be in the
 * header; their cells may be blank only in rows that update an organization the network already has.
 */
public enum ImportColumn {
    NAME(true, "Centro de Derechos del Valle"),
    MISSION(true, "We defend the rights of farmworkers in the valley."),
    TYPE(true, "GRASSROOTS"),
    CITY(true, "Fresno"),
    STATE(false, "CA"),
    COUNTRY(false, "MX"),
    ZIP(false, "93721"),
    WEBSITE(false, "https://derechos.example.org"),
    EMAIL(true, "info@derechos.example.org"),
    CONTACT_NAME(true, "Rosa Martínez"),
    PHONE(false, "+1 559 555 0100"),
    ISSUE_AREAS(true, "labor;immigration"),
    RIGHTS(false, "23;25"),
    LANGUAGES(false, "en;es"),
    COMMUNITIES_SERVED(false, "Farmworkers and their families"),
    GRASSROOTS(false, "yes"),
    LED_BY_DIRECTLY_AFFECTED(false, "yes"),
    LISTED_PUBLICLY(false, "no"),
    OPEN_TO_PARTNERS(false, "yes"),
    OFFERS(false, "INTERPRETATION_EN_ES;KNOW_YOUR_RIGHTS_TRAINING"),
    NEEDS(false, "LEGAL_EXPERTISE"),
    STATUS(false, "ACTIVE"),
    MEMBER_SINCE(false, "2003-12-10"),
    FOUNDING_MEMBER(false, "no");

    private final boolean required;
    private final String example;

    ImportColumn(boolean required, String example) {
        this.required = required;
        this.example = example;
    }

    /** The name in the header row, such as {@code contact_name}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    /** The column a header cell names, if any. */
    static Optional<ImportColumn> named(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(column -> column.header().equals(wanted)).findFirst();
    }

    /** The column a profile field of the membership rules belongs to ({@code people[0].email} is the e-mail). */
    static Optional<ImportColumn> ofField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (field) {
            case "name" -> NAME;
            case "mission" -> MISSION;
            case "type" -> TYPE;
            case "city" -> CITY;
            case "state" -> STATE;
            case "country" -> COUNTRY;
            case "zip" -> ZIP;
            case "website" -> WEBSITE;
            case "languages" -> LANGUAGES;
            case "issueAreas" -> ISSUE_AREAS;
            case "rights" -> RIGHTS;
            case "communitiesServed" -> COMMUNITIES_SERVED;
            case "offers" -> OFFERS;
            case "needs" -> NEEDS;
            case "people[0].name" -> CONTACT_NAME;
            case "people[0].email" -> EMAIL;
            case "people[0].phone" -> PHONE;
            default -> null;
        });
    }
}
