package org.harambee.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.harambee.directory.DirectoryQuery.Facet;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.UsState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a search's results into the page people read: labels in their language, links for every choice. */
@Component
class DirectoryPages {

    static final String PATH = "/directory";
    private static final int SHOWN = 8;

    private final MessageSource messages;
    private final DirectoryVocabulary vocabulary;

    DirectoryPages(MessageSource messages, DirectoryVocabulary vocabulary) {
        this.messages = messages;
        this.vocabulary = vocabulary;
    }

    DirectoryView view(DirectoryResults results, Locale locale) {
        Labels labels = new Labels(vocabulary.current(), locale);
        DirectoryQuery query = results.query();
        List<DirectoryView.Chip> chips = new ArrayList<>();
        if (!query.q().isEmpty()) {
            chips.add(new DirectoryView.Chip("“" + query.q() + "”", query.withoutText().href(PATH)));
        }
        for (Facet facet : Facet.values()) {
            for (String value : query.values(facet)) {
                chips.add(new DirectoryView.Chip(labels.of(facet, value), query.without(facet, value).href(PATH)));
            }
        }
        List<DirectoryView.FacetGroup> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (!results.counts().containsKey(facet)) {
                continue;
            }
            List<DirectoryView.Choice> choices = choices(facet, results, labels);
            if (!choices.isEmpty()) {
                facets.add(new DirectoryView.FacetGroup(facet.parameter(), t("directory.facet." + facet.parameter(),
                        locale), choices, SHOWN));
            }
        }
        List<DirectoryView.Entry> entries = results.entries().stream().map(entry -> entry(entry, labels)).toList();
        return new DirectoryView(results, chips, facets, entries, DirectoryQuery.everything().href(PATH));
    }

    /** The map of the results' states, and the international allies by country. */
    DirectoryMap map(DirectoryResults results, Locale locale) {
        Labels labels = new Labels(vocabulary.current(), locale);
        Map<String, String> names = new java.util.HashMap<>();
        labels.words.states().forEach(state -> names.put(state.code(), state.name()));
        TileMap tiles = TileMap.of(results.counts(Facet.STATE), names, results.query());
        DirectoryQuery abroad = results.query().withoutAll(Facet.STATE).withoutAll(Facet.REGION)
                .withoutAll(Facet.COUNTRY);
        List<DirectoryMap.Country> allies = results.counts(Facet.COUNTRY).entrySet().stream()
                .map(e -> new DirectoryMap.Country(e.getKey(), labels.of(Facet.COUNTRY, e.getKey()), e.getValue(),
                        abroad.with(Facet.COUNTRY, e.getKey()).href(PATH)))
                .sorted(Comparator.comparing(DirectoryMap.Country::name, labels.collator))
                .toList();
        List<TileMap.Tile> byName = tiles.tiles().stream()
                .sorted(Comparator.comparing(TileMap.Tile::name, labels.collator)).toList();
        return new DirectoryMap(tiles, byName, allies);
    }

    private List<DirectoryView.Choice> choices(Facet facet, DirectoryResults results, Labels labels) {
        DirectoryQuery query = results.query();
        Map<String, Long> counts = results.counts(facet);
        Map<String, String> names = new HashMap<>();
        counts.keySet().forEach(value -> names.put(value, labels.of(facet, value)));
        query.values(facet).forEach(value -> names.computeIfAbsent(value, v -> labels.of(facet, v)));
        List<String> values = new ArrayList<>(names.keySet());
        Comparator<String> order = switch (facet) {
            case RIGHT -> Comparator.comparingInt((String v) -> labels.rightFamilyOrder(v))
                    .thenComparingInt(v -> labels.rightFamilyOrder(v) < 0 ? 0 : Integer.parseInt(v));
            case ISSUE, STATE, REGION, COUNTRY, LANGUAGE, OFFER, NEED, TYPE -> Comparator
                    .comparing((String v) -> counts.getOrDefault(v, 0L)).reversed()
                    .thenComparing(names::get, labels.collator);
            default -> Comparator.comparing(Function.identity());
        };
        values.sort(order);
        List<DirectoryView.Choice> choices = new ArrayList<>();
        String lastGroup = null;
        for (String value : values) {
            boolean selected = query.has(facet, value);
            String group = facet == Facet.RIGHT ? labels.rightFamily(value) : null;
            String heading = group != null && !group.equals(lastGroup) ? group : null;
            lastGroup = group;
            choices.add(new DirectoryView.Choice(names.get(value), counts.getOrDefault(value, 0L), selected,
                    (selected ? query.without(facet, value) : query.with(facet, value)).href(PATH), heading));
        }
        return choices;
    }

    private DirectoryView.Entry entry(DirectoryEntry entry, Labels labels) {
        DirectoryQuery none = DirectoryQuery.everything();
        List<String> facts = new ArrayList<>();
        facts.add(labels.of(Facet.TYPE, entry.type().name()));
        String place = entry.state() != null ? entry.city() + ", " + labels.of(Facet.STATE, entry.state())
                : entry.city() + (entry.country() != null ? ", " + labels.of(Facet.COUNTRY, entry.country()) : "");
        facts.add(place);
        Map<Long, IssueArea> areas = labels.words.issueAreasById();
        List<DirectoryView.Tag> tags = entry.issueAreas().stream().map(areas::get).filter(Objects::nonNull)
                .map(area -> new DirectoryView.Tag(area.name(labels.locale),
                        none.with(Facet.ISSUE, area.slug()).href(PATH)))
                .toList();
        List<String> badges = new ArrayList<>();
        if (entry.foundingMember()) {
            badges.add(t("membership.badge.founding", labels.locale));
        }
        if (entry.grassroots()) {
            badges.add(t("membership.badge.grassroots", labels.locale));
        }
        if (entry.ledByDirectlyAffected()) {
            badges.add(t("membership.badge.ledByDirectlyAffected", labels.locale));
        }
        return new DirectoryView.Entry(entry.slug(), entry.name(), String.join(" · ", facts),
                entry.missionExcerpt(220), tags, badges,
                entry.status() == null ? null : entry.status().name());
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Labels of facet values in one language. */
    final class Labels {

        private final DirectoryVocabulary.Snapshot words;
        private final Locale locale;
        private final Collator collator;

        Labels(DirectoryVocabulary.Snapshot words, Locale locale) {
            this.words = words;
            this.locale = locale;
            this.collator = Collator.getInstance(locale);
        }

        String of(Facet facet, String value) {
            return switch (facet) {
                case ISSUE -> words.issueArea(value).map(area -> area.name(locale)).orElse(value);
                case RIGHT -> words.right(value).map(right -> t("membership.right.label", locale, right.article(),
                        right.title(locale))).orElse(value);
                case STATE -> words.state(value).map(UsState::name).orElse(value);
                case REGION -> t("directory.region." + value, locale);
                case COUNTRY -> new Locale("", value).getDisplayCountry(locale);
                case TYPE -> t("membership.type." + value, locale);
                case LANGUAGE -> t("membership.language." + value, locale);
                case OFFER, NEED -> t("membership.capacity." + value, locale);
                case STATUS -> t("membership.status." + value, locale);
                case GRASSROOTS -> t("membership.badge.grassroots", locale);
                case AFFECTED -> t("membership.badge.ledByDirectlyAffected", locale);
                case FOUNDING -> t("membership.badge.founding", locale);
            };
        }

        int rightFamilyOrder(String article) {
            return words.right(article).map(right -> right.family().ordinal()).orElse(-1);
        }

        String rightFamily(String article) {
            return words.right(article).map(HumanRight::family)
                    .map(family -> t("directory.family." + family.name(), locale)).orElse("");
        }
    }
}
