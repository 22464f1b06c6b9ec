package org.harambee.membership;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.harambee.site.Option;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;

/** The choices the membership forms offer, labelled in the page's language. */
public record Choices(List<Option> types, List<Option> budgets, List<Option> staffSizes, List<Option> states,
        List<Option> countries, List<Option> languages, List<Option> issueAreas, List<Option> rights,
        List<Option> visibilities, List<Option> privateVisibilities, List<Option> capacities) {

    /** The choices, including retired issue areas that {@code keepIssueAreas} already has. */
    static Choices of(Taxonomy taxonomy, MessageSource messages, Locale locale, Set<Long> keepIssueAreas) {
        Labels labels = (key, args) -> messages.getMessage(key, args, locale);
        Collator collator = Collator.getInstance(locale);
        return new Choices(
                enumOptions(OrganizationType.values(), "membership.type.", labels),
                enumOptions(BudgetBand.values(), "membership.budget.", labels),
                enumOptions(StaffSizeBand.values(), "membership.staffSize.", labels),
                taxonomy.states().stream().map(s -> new Option(s.code(), s.name())).toList(),
                Stream.concat(Stream.of(new Option("US", new Locale("", "US").getDisplayCountry(locale))),
                        Vocabulary.COUNTRIES.stream().filter(code -> !"US".equals(code))
                                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale)))
                                .sorted(Comparator.comparing(Option::label, collator)))
                        .toList(),
                Vocabulary.LANGUAGES.stream()
                        .map(code -> new Option(code, labels.label("membership.language." + code))).toList(),
                taxonomy.allIssueAreas().stream().filter(a -> !a.retired() || keepIssueAreas.contains(a.id()))
                        .map(a -> new Option(String.valueOf(a.id()), a.name(locale))).toList(),
                taxonomy.rights().stream()
                        .map(r -> new Option(String.valueOf(r.article()),
                                labels.label("membership.right.label", r.article(), r.title(locale))))
                        .toList(),
                enumOptions(Visibility.values(), "membership.visibility.", labels),
                enumOptions(new Visibility[] {Visibility.MEMBERS, Visibility.STAFF}, "membership.visibility.", labels),
                enumOptions(Capacity.values(), "membership.capacity.", labels));
    }

    private static List<Option> enumOptions(Enum<?>[] values, String prefix, Labels labels) {
        return Arrays.stream(values).map(v -> new Option(v.name(), labels.label(prefix + v.name()))).toList();
    }

    @FunctionalInterface
    private interface Labels {
        String label(String key, Object... args);
    }
}
