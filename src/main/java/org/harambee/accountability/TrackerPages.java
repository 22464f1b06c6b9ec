package org.harambee.accountability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.harambee.accountability.RecommendationQuery.Facet;
import org.harambee.identity.HarambeeUser;
import org.harambee.taxonomy.CountryNames;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the tracker's pages show, in the reader's language: facets and their labels, facts, the dashboard. */
@Component
class TrackerPages {

    /** Values of a facet shown as links; the others are picked from a list (each link is an address to build). */
    static final int SHOWN = 8;
    static final int UNMONITORED_SHOWN = 15;

    private final MessageSource messages;
    private final Taxonomy taxonomy;
    private final FollowUp followUp;

    TrackerPages(MessageSource messages, Taxonomy taxonomy, FollowUp followUp) {
        this.messages = messages;
        this.taxonomy = taxonomy;
        this.followUp = followUp;
    }

    TrackerView searchView(RecommendationResults results, Map<Long, TrackStatus> statuses, Locale locale) {
        Map<Facet, Function<String, String>> labels = labels(locale);
        RecommendationQuery query = results.query();
        List<TrackerView.Chip> chips = new ArrayList<>();
        query.chosen().forEach((facet, values) -> values.forEach(value -> chips.add(new TrackerView.Chip(
                t("accountability.facet." + facet.param(), locale) + ": " + labels.get(facet).apply(value),
                query.toggled(facet, value)))));
        List<TrackerView.FacetGroup> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = new LinkedHashMap<>(results.counts().getOrDefault(facet, Map.of()));
            query.values(facet).forEach(value -> counts.putIfAbsent(value, 0L));
            List<Map.Entry<String, Long>> values = counts.entrySet().stream().sorted(order(facet)).toList();
            if (!values.isEmpty()) {
                int shown = Math.min(values.size(), Math.max(SHOWN, (int) values.stream()
                        .filter(entry -> query.chose(facet, entry.getKey())).count()));
                List<TrackerView.Choice> links = new ArrayList<>();
                List<TrackerView.Choice> more = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i).getKey();
                    boolean chosen = query.chose(facet, value);
                    if (i < shown || chosen) {
                        links.add(new TrackerView.Choice(value, labels.get(facet).apply(value), values.get(i).getValue(),
                                chosen, query.toggled(facet, value)));
                    } else {
                        more.add(new TrackerView.Choice(value, labels.get(facet).apply(value), values.get(i).getValue(),
                                false, null));
                    }
                }
                facets.add(new TrackerView.FacetGroup(facet.param(), t("accountability.facet." + facet.param(), locale),
                        links, more));
            }
        }
        List<TrackerView.Entry> entries = results.hits().stream().map(hit -> new TrackerView.Entry(hit.id(),
                hit.textHtml(), t("accountability.hit.facts", locale, hit.recommendingState(), hit.stateUnderReview(),
                        hit.session(), hit.cycle(), hit.response() == null ? t("accountability.response.none", locale)
                                : t("accountability.response." + hit.response(), locale)),
                statuses.getOrDefault(hit.id(), TrackStatus.NOBODY))).toList();
        return new TrackerView(results, chips, facets, entries);
    }

    /** The most frequent values first; sessions, cycles, actions and rights in their number order. */
    private static java.util.Comparator<Map.Entry<String, Long>> order(Facet facet) {
        return switch (facet) {
            case SESSION, CYCLE, ACTION, RIGHT -> java.util.Comparator.comparing(entry -> Integer.parseInt(
                    entry.getKey().matches("\\d{1,4}") ? entry.getKey() : "0"));
            default -> Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey());
        };
    }

    private Map<Facet, Function<String, String>> labels(Locale locale) {
        Map<String, String> areas = taxonomy.issueAreaNamesBySlug(locale);
        Map<String, String> rights = taxonomy.rightLabelsByArticle(locale);
        Map<Facet, Function<String, String>> labels = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            labels.put(facet, value -> value);
        }
        labels.put(Facet.STATE, state -> CountryNames.of(state, locale));
        labels.put(Facet.FROM, state -> CountryNames.of(state, locale));
        labels.put(Facet.ISSUE, issue -> messages.getMessage(IssueTopics.key(issue), null, issue, locale));
        labels.put(Facet.SESSION, value -> t("accountability.session", locale, value));
        labels.put(Facet.CYCLE, value -> t("accountability.cycle", locale, value));
        labels.put(Facet.RESPONSE, value -> messages.getMessage("accountability.response." + value, null, value, locale));
        labels.put(Facet.ACTION, value -> messages.getMessage("accountability.action." + value, null, value, locale));
        labels.put(Facet.AREA, slug -> areas.getOrDefault(slug, slug));
        labels.put(Facet.RIGHT, article -> rights.getOrDefault(article, article));
        return labels;
    }

    RecommendationFacts facts(RecommendationView recommendation, Locale locale) {
        return new RecommendationFacts(taxonomy.issueAreasById(recommendation.issueAreas()).stream().map(a -> a.name(locale))
                .toList(), taxonomy.rights(recommendation.rights()).stream()
                        .map(right -> right.label(locale)).toList(),
                recommendation.response() == null ? t("accountability.response.none", locale)
                        : t("accountability.response." + recommendation.response(), locale),
                recommendation.action() == null ? null : t("accountability.action." + recommendation.action(), locale));
    }

    TrackerDashboard dashboard(HarambeeUser user, Locale locale) {
        List<FollowUp.Standing> standings = followUp.standings(user);
        Map<TrackStatus, String> statusLabels = new EnumMap<>(TrackStatus.class);
        for (TrackStatus status : TrackStatus.values()) {
            statusLabels.put(status, t("accountability.track." + status, locale));
        }
        List<TrackerDashboard.Row> byArea = new ArrayList<>();
        for (IssueArea area : taxonomy.activeIssueAreas()) {
            Map<TrackStatus, Long> counts = count(standings.stream()
                    .filter(s -> s.recommendation().issueAreas().contains(area.id())).toList());
            if (!counts.isEmpty()) {
                byArea.add(new TrackerDashboard.Row(area.name(locale), counts));
            }
        }
        List<TrackerDashboard.Row> byRight = new ArrayList<>();
        for (HumanRight right : taxonomy.rights()) {
            Map<TrackStatus, Long> counts = count(standings.stream()
                    .filter(s -> s.recommendation().rights().contains(right.article())).toList());
            if (!counts.isEmpty()) {
                byRight.add(new TrackerDashboard.Row(right.label(locale), counts));
            }
        }
        List<RecommendationView> unmonitored = standings.stream().filter(s -> s.status() == TrackStatus.NOBODY)
                .map(FollowUp.Standing::recommendation).toList();
        String byAreaTitle = t("accountability.dashboard.byArea", locale);
        String byRightTitle = t("accountability.dashboard.byRight", locale);
        return new TrackerDashboard(followUp.country(), standings.size(), count(standings), List.of(
                new TrackerDashboard.Chart("area", byAreaTitle, StatusChart.svg(byAreaTitle, byArea, statusLabels), byArea),
                new TrackerDashboard.Chart("right", byRightTitle, StatusChart.svg(byRightTitle, byRight, statusLabels),
                        byRight)),
                unmonitored.stream().limit(UNMONITORED_SHOWN).toList(), unmonitored.size(), statusLabels);
    }

    private static Map<TrackStatus, Long> count(List<FollowUp.Standing> standings) {
        Map<TrackStatus, Long> counts = new EnumMap<>(TrackStatus.class);
        standings.forEach(s -> counts.merge(s.status(), 1L, Long::sum));
        return counts;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
