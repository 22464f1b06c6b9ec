package org.harambee.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.library.LibraryQuery.Facet;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.Option;
import org.harambee.taxonomy.Instrument;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupRoster;
import org.harambee.workinggroups.GroupId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The library's words in the reader's language: facet labels, form options, result lines. */
@Component
@Transactional(readOnly = true)
public class LibraryPages {

    /** Languages a resource can be in (ISO 639 codes, named by membership's messages). */
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "zh", "vi", "ar", "ht", "ko", "ru", "tl");

    private final MessageSource messages;
    private final Taxonomy taxonomy;
    private final GroupRoster groups;

    LibraryPages(MessageSource messages, Taxonomy taxonomy, GroupRoster groups) {
        this.groups = groups;
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    LibraryView view(LibraryResults results, Locale locale) {
        LibraryQuery query = results.query();
        Map<Facet, Function<String, String>> labels = labels(locale);
        List<LibraryView.Chip> chips = new ArrayList<>();
        query.chosen().forEach((facet, values) -> values.forEach(value -> chips.add(
                new LibraryView.Chip(labels.get(facet).apply(value), query.toggled(facet, value)))));
        List<LibraryView.FacetGroup> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = results.counts().getOrDefault(facet, Map.of());
            List<LibraryView.Choice> choices = counts.entrySet().stream()
                    .map(count -> new LibraryView.Choice(labels.get(facet).apply(count.getKey()), count.getValue(),
                            query.chose(facet, count.getKey()), query.toggled(facet, count.getKey())))
                    .sorted(facet == Facet.YEAR ? Comparator.comparing(LibraryView.Choice::label).reversed()
                            : Comparator.comparing(LibraryView.Choice::count).reversed()
                                    .thenComparing(LibraryView.Choice::label))
                    .toList();
            if (!choices.isEmpty()) {
                facets.add(new LibraryView.FacetGroup(t("library.facet." + facet.name(), locale), choices));
            }
        }
        List<LibraryView.Entry> entries = results.hits().stream().map(hit -> new LibraryView.Entry(hit.id(),
                hit.title(), t("library.type." + hit.type().name(), locale)
                        + (hit.year() == null ? "" : " · " + hit.year()),
                hit.summary(), hit.snippet(),
                hit.status() == ResourceStatus.PUBLISHED ? null : t("library.status." + hit.status().name(), locale)))
                .toList();
        return new LibraryView(results, chips, facets, entries);
    }

    private Map<Facet, Function<String, String>> labels(Locale locale) {
        Map<String, String> areas = taxonomy.issueAreaNamesBySlug(locale);
        Map<String, String> rights = taxonomy.rightLabelsByArticle(locale);
        Map<String, String> treaties = taxonomy.instruments().stream()
                .collect(Collectors.toMap(Instrument::code, instrument -> instrument.code()));
        return Map.of(Facet.TYPE, type -> t("library.type." + type, locale),
                Facet.ISSUE, slug -> areas.getOrDefault(slug, slug),
                Facet.RIGHT, article -> rights.getOrDefault(article, article),
                Facet.INSTRUMENT, code -> treaties.getOrDefault(code, code),
                Facet.LANGUAGE, code -> messages.getMessage("membership.language." + code, null, code, locale),
                Facet.YEAR, year -> year);
    }

    private List<Option> types(Locale locale) {
        return Arrays.stream(ResourceType.values())
                .map(type -> new Option(type.name(), t("library.type." + type.name(), locale))).toList();
    }

    private List<Option> visibilities(Locale locale) {
        return Arrays.stream(ResourceVisibility.values())
                .map(visibility -> new Option(visibility.name(), t("library.visibility." + visibility.name(), locale)))
                .toList();
    }

    private List<Option> languages(Locale locale) {
        return LANGUAGES.stream().map(code -> new Option(code, t("membership.language." + code, locale))).toList();
    }

    private List<Option> instruments(Locale locale) {
        return taxonomy.instruments().stream()
                .map(instrument -> new Option(instrument.code(), instrument.code() + " · " + instrument.name(locale)))
                .toList();
    }

    FormOptions options(Locale locale) {
        return new FormOptions(types(locale), visibilities(locale), languages(locale),
                taxonomy.issueAreaChoices(locale), taxonomy.rightChoices(locale), instruments(locale));
    }

    /**
     * The working groups this person may share a resource with: those they take part in, and the one it is shared
     * with already ({@code current}, named only if they may know of it).
     */
    List<Option> groupChoices(HarambeeUser user, Long current, Locale locale) {
        List<Option> choices = new ArrayList<>(groups.groupsOf(user).stream()
                .map(group -> new Option(String.valueOf(group.id()), group.name())).toList());
        if (current != null && choices.stream().noneMatch(choice -> choice.value().equals(String.valueOf(current)))) {
            choices.add(new Option(String.valueOf(current), groupName(current, user, locale)));
        }
        return choices;
    }

    /** The groups of {@link #groupChoices}, by id. */
    static Set<Long> ids(List<Option> choices) {
        return choices.stream().map(choice -> Long.valueOf(choice.value())).collect(Collectors.toSet());
    }

    /** The group a resource is shared with, as this person may know it (a hidden one is not named). */
    String groupName(Long groupId, HarambeeUser user, Locale locale) {
        GroupSummary group = groups.standing(new GroupId(groupId), user).group();
        return group == null ? t("library.group.hidden", locale) : group.name();
    }

    boolean knownIssueArea(Long id) {
        return taxonomy.isActiveIssueArea(id);
    }

    boolean knownInstrument(String code) {
        return taxonomy.isInstrument(code);
    }

    List<String> issueAreaNames(ResourceView resource, Locale locale) {
        return taxonomy.issueAreasById(resource.issueAreas()).stream().map(area -> area.name(locale)).toList();
    }

    List<String> rightNames(ResourceView resource, Locale locale) {
        return taxonomy.rights(resource.rights()).stream().map(right -> right.article() + ". " + right.title(locale))
                .toList();
    }

    List<String> instrumentNames(ResourceView resource, Locale locale) {
        return taxonomy.instruments(resource.instruments()).stream().map(instrument -> instrument.name(locale))
                .sorted().toList();
    }

    List<String> languageNames(ResourceView resource, Locale locale) {
        return resource.languages().stream().map(code -> t("membership.language." + code, locale)).sorted().toList();
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The choices of the resource form. */
    public record FormOptions(List<Option> types, List<Option> visibilities, List<Option> languages, List<Option> issueAreas,
            List<Option> rights, List<Option> instruments) {
    }
}
