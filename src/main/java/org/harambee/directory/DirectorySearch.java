package org.harambee.directory;

import static org.harambee.membership.IndexedOrganization.CITY;
import static org.harambee.membership.IndexedOrganization.COMMUNITIES;
import static org.harambee.membership.IndexedOrganization.COMMUNITIES_ES;
import static org.harambee.membership.IndexedOrganization.COMMUNITIES_WORDS;
import static org.harambee.membership.IndexedOrganization.COUNTRY;
import static org.harambee.membership.IndexedOrganization.FOUNDING_MEMBER;
import static org.harambee.membership.IndexedOrganization.GRASSROOTS;
import static org.harambee.membership.IndexedOrganization.ISSUE_AREAS;
import static org.harambee.membership.IndexedOrganization.LANGUAGES;
import static org.harambee.membership.IndexedOrganization.LED_BY_DIRECTLY_AFFECTED;
import static org.harambee.membership.IndexedOrganization.MEMBER_SINCE;
import static org.harambee.membership.IndexedOrganization.MISSION;
import static org.harambee.membership.IndexedOrganization.MISSION_ES;
import static org.harambee.membership.IndexedOrganization.MISSION_WORDS;
import static org.harambee.membership.IndexedOrganization.NAME;
import static org.harambee.membership.IndexedOrganization.NAME_SORT;
import static org.harambee.membership.IndexedOrganization.NEEDS;
import static org.harambee.membership.IndexedOrganization.OFFERS;
import static org.harambee.membership.IndexedOrganization.RIGHTS;
import static org.harambee.membership.IndexedOrganization.SLUG;
import static org.harambee.membership.IndexedOrganization.STATE;
import static org.harambee.membership.IndexedOrganization.STATUS;
import static org.harambee.membership.IndexedOrganization.TYPE;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.directory.DirectoryQuery.Facet;
import org.harambee.membership.Audience;
import org.harambee.membership.IndexedOrganization;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationType;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.UsState;
import org.harambee.search.FacetedSearch;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the directory: full text (English and Spanish analysis, tolerant of a typo), the chosen facet
 * values, the viewer's audience, and counts for every facet value. Results and counts come from the search
 * index alone, never from loading organizations, so a page costs the same with 200 or 100,000 members.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    /** Results per page of the directory. */
    public static final int PAGE_SIZE = 20;
    /** The deepest result the directory pages to (deeper pages are refused by the index's cost). */
    static final int MAX_RESULT = 10_000;

    /** Facets that hold one value per organization: their values are alternatives (either one). */
    static final Set<Facet> ALTERNATIVES = Set.of(Facet.STATE, Facet.REGION, Facet.COUNTRY, Facet.TYPE,
            Facet.STATUS);

    private static final Map<Facet, String> FIELDS = Map.ofEntries(Map.entry(Facet.ISSUE, ISSUE_AREAS),
            Map.entry(Facet.RIGHT, RIGHTS), Map.entry(Facet.STATE, STATE), Map.entry(Facet.REGION, STATE),
            Map.entry(Facet.COUNTRY, COUNTRY), Map.entry(Facet.TYPE, TYPE), Map.entry(Facet.GRASSROOTS, GRASSROOTS),
            Map.entry(Facet.AFFECTED, LED_BY_DIRECTLY_AFFECTED), Map.entry(Facet.LANGUAGE, LANGUAGES),
            Map.entry(Facet.FOUNDING, FOUNDING_MEMBER), Map.entry(Facet.OFFER, OFFERS), Map.entry(Facet.NEED, NEEDS),
            Map.entry(Facet.STATUS, STATUS));

    private final EntityManager entityManager;
    private final DirectoryVocabulary vocabulary;

    DirectorySearch(EntityManager entityManager, DirectoryVocabulary vocabulary) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
    }

    /** A page of results of {@code size} entries, and every facet's counts, as this audience may see them. */
    public DirectoryResults search(DirectoryQuery query, Audience audience, int size) {
        DirectoryVocabulary.Snapshot words = vocabulary.current();
        DirectoryResults exact = search(new Criteria(query, audience, words, false), words, size);
        return exact.total() > 0 || query.q().isEmpty() ? exact
                : search(new Criteria(query, audience, words, true), words, size);
    }

    private DirectoryResults search(Criteria criteria, DirectoryVocabulary.Snapshot words, int size) {
        DirectoryQuery query = criteria.query;
        Audience audience = criteria.audience;
        SearchSession session = Search.session(entityManager);
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

        Map<Facet, AggregationKey<? extends Map<?, Long>>> keys = new EnumMap<>(Facet.class);
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> main = IndexedOrganization.search(session)
                .select(f -> f.composite().from(f.id(Long.class), f.field(SLUG, String.class),
                        f.field(NAME, String.class), f.field(MISSION, String.class),
                        f.field(TYPE, OrganizationType.class), f.field(CITY, String.class),
                        f.field(STATE, String.class), f.field(COUNTRY, String.class),
                        f.field(ISSUE_AREAS, Long.class).list(), f.field(RIGHTS, Integer.class).list(),
                        f.field(GRASSROOTS, Boolean.class), f.field(LED_BY_DIRECTLY_AFFECTED, Boolean.class),
                        f.field(FOUNDING_MEMBER, Boolean.class), f.field(MEMBER_SINCE, LocalDate.class),
                        f.field(STATUS, MembershipStatus.class)).asList())
                .where(f -> criteria.predicate(f, null));
        for (Facet facet : countedFacets(audience)) {
            if (!ALTERNATIVES.contains(facet) || criteria.free(facet)) {
                keys.put(facet, aggregate(main, facet));
            }
        }
        main = sorted(main, query.sort());
        int offset = Math.min(query.page() * size, MAX_RESULT);
        SearchResult<List<?>> result = main.fetch(offset, Math.max(0, Math.min(size, MAX_RESULT - offset)));
        keys.forEach((facet, key) -> counts.put(facet, labelled(facet, result.aggregation(key), words)));

        for (Facet facet : countedFacets(audience)) {
            if (ALTERNATIVES.contains(facet) && !criteria.free(facet)) {
                SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> sideways = IndexedOrganization.search(session)
                        .where(f -> criteria.predicate(f, facet));
                AggregationKey<? extends Map<?, Long>> key = aggregate(sideways, facet);
                counts.put(facet, labelled(facet, sideways.fetch(0).aggregation(key), words));
            }
        }
        List<DirectoryEntry> entries = result.hits().stream().map(hit -> entry(hit, audience)).toList();
        return new DirectoryResults(query.keeping(criteria.chosen.kept(query.filters())), entries,
                result.total().hitCountLowerBound(), size, counts,
                criteria.chosen.ignored());
    }

    /** The ids of every organization the query finds for this audience, in the query's order (for export). */
    public List<Long> ids(DirectoryQuery query, Audience audience, int limit) {
        DirectoryVocabulary.Snapshot words = vocabulary.current();
        List<Long> exact = ids(new Criteria(query, audience, words, false), limit);
        return !exact.isEmpty() || query.q().isEmpty() ? exact : ids(new Criteria(query, audience, words, true), limit);
    }

    private List<Long> ids(Criteria criteria, int limit) {
        SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search = IndexedOrganization.search(Search.session(entityManager))
                .select(f -> f.id(Long.class)).where(f -> criteria.predicate(f, null));
        return sorted(search, criteria.query.sort()).fetchHits(limit);
    }

    private static List<Facet> countedFacets(Audience audience) {
        return Arrays.stream(Facet.values()).filter(facet -> facet != Facet.STATUS || audience == Audience.STAFF)
                .toList();
    }

    private static <Q extends SearchQueryOptionsStep<?, ?, ?, ?, ?, ?>> Q sorted(Q search, DirectoryQuery.Sort order) {
        @SuppressWarnings("unchecked")
        Q sorted = (Q) switch (order) {
            case NAME -> search.sort(f -> f.field(NAME_SORT));
            case NEWEST -> search.sort(f -> f.composite().add(f.field(MEMBER_SINCE).desc().missing().last())
                    .add(f.field(NAME_SORT)));
            case RELEVANCE -> search.sort(f -> f.composite().add(f.score()).add(f.field(NAME_SORT)));
        };
        return sorted;
    }

    private static AggregationKey<? extends Map<?, Long>> aggregate(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> search,
            Facet facet) {
        String field = FIELDS.get(facet);
        return switch (facet) {
            case ISSUE -> FacetedSearch.counted(search, facet, field, Long.class, 500);
            case RIGHT -> FacetedSearch.counted(search, facet, field, Integer.class, 500);
            case TYPE -> FacetedSearch.counted(search, facet, field, OrganizationType.class, 500);
            case OFFER, NEED -> FacetedSearch.counted(search, facet, field, Capacity.class, 500);
            case STATUS -> FacetedSearch.counted(search, facet, field, MembershipStatus.class, 500);
            case GRASSROOTS, AFFECTED, FOUNDING -> FacetedSearch.counted(search, facet, field, Boolean.class, 500);
            case STATE, REGION, COUNTRY, LANGUAGE -> FacetedSearch.counted(search, facet, field, String.class, 500);
        };
    }

    /** Counts keyed by the values addresses use (issue area slugs, article numbers, codes, names). */
    private static Map<String, Long> labelled(Facet facet, Map<?, Long> raw, DirectoryVocabulary.Snapshot words) {
        Map<String, Long> counts = new LinkedHashMap<>();
        switch (facet) {
            case ISSUE -> {
                Map<Long, IssueArea> areas = words.issueAreasById();
                raw.forEach((id, count) -> Optional.ofNullable(areas.get((Long) id))
                        .ifPresent(area -> counts.put(area.slug(), count)));
            }
            case REGION -> {
                Map<String, UsState> states = words.statesByCode();
                raw.forEach((code, count) -> Optional.ofNullable(states.get((String) code))
                        .ifPresent(state -> counts.merge(state.region(), count, Long::sum)));
            }
            case GRASSROOTS, AFFECTED, FOUNDING -> {
                Long yes = raw.get(Boolean.TRUE);
                if (yes != null && yes > 0) {
                    counts.put("true", yes);
                }
            }
            default -> raw.forEach((value, count) -> counts.put(value instanceof Enum<?> e ? e.name()
                    : String.valueOf(value), count));
        }
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private static DirectoryEntry entry(List<?> hit, Audience audience) {
        @SuppressWarnings("unchecked")
        List<Long> areas = (List<Long>) hit.get(8);
        @SuppressWarnings("unchecked")
        List<Integer> rights = (List<Integer>) hit.get(9);
        return new DirectoryEntry((Long) hit.get(0), (String) hit.get(1), (String) hit.get(2), (String) hit.get(3),
                (OrganizationType) hit.get(4), (String) hit.get(5), (String) hit.get(6), (String) hit.get(7), areas,
                rights, Boolean.TRUE.equals(hit.get(10)), Boolean.TRUE.equals(hit.get(11)),
                Boolean.TRUE.equals(hit.get(12)), (LocalDate) hit.get(13),
                audience == Audience.STAFF ? (MembershipStatus) hit.get(14) : null);
    }

    /** The query's conditions in the index's terms: what the audience may see, the text, the chosen values. */
    private static final class Criteria {

        private final DirectoryQuery query;
        private final Audience audience;
        private final boolean tolerant;
        private final FacetedSearch.Chosen<Facet> chosen;

        /** The query's conditions; {@code tolerant}: the text may also match within a typo or two. */
        Criteria(DirectoryQuery query, Audience audience, DirectoryVocabulary.Snapshot words, boolean tolerant) {
            this.query = query;
            this.audience = audience;
            this.tolerant = tolerant;
            FacetedSearch.Chosen<Facet> given = FacetedSearch.Chosen.of(Facet.class, Facet::parameter, query::values,
                    (facet, value) -> known(facet, value, audience, words));
            Map<Facet, List<Object>> values = new EnumMap<>(Facet.class);
            values.putAll(given.values());
            values.computeIfPresent(Facet.REGION, (region, regions) -> regions.stream()
                    .flatMap(code -> words.statesIn((String) code).stream()).collect(Collectors.toList()));
            this.chosen = given.withValues(values);
        }

        /** The value of a facet as the index holds it, if {@code value} names one this audience may choose. */
        private static Optional<?> known(Facet facet, String value, Audience audience,
                DirectoryVocabulary.Snapshot words) {
            return switch (facet) {
                case ISSUE -> words.issueArea(value).map(IssueArea::id);
                case RIGHT -> words.right(value).map(right -> right.article());
                case STATE -> words.state(value.toUpperCase(Locale.ROOT)).map(UsState::code);
                case REGION -> words.regions().contains(value.toUpperCase(Locale.ROOT))
                        ? Optional.of(value.toUpperCase(Locale.ROOT)) : Optional.empty();
                case COUNTRY -> value.matches("[A-Za-z]{2}") ? Optional.of(value.toUpperCase(Locale.ROOT))
                        : Optional.empty();
                case TYPE -> named(OrganizationType.class, value);
                case OFFER, NEED -> named(Capacity.class, value);
                case STATUS -> audience == Audience.STAFF ? named(MembershipStatus.class, value) : Optional.empty();
                case GRASSROOTS, AFFECTED, FOUNDING -> Optional.of(Boolean.TRUE);
                case LANGUAGE -> value.matches("[a-z]{2,3}") ? Optional.of(value) : Optional.empty();
            };
        }

        /** Whether no value of this facet was chosen. */
        boolean free(Facet facet) {
            return chosen.free(facet);
        }

        /** Everything the query asks, except the choice made in {@code leftOut} (null: everything). */
        PredicateFinalStep predicate(SearchPredicateFactory f, Facet leftOut) {
            BooleanPredicateClausesStep<?, ?> all = f.bool().must(f.matchAll());
            all.filter(IndexedOrganization.visibleTo(f, audience));
            if (!query.q().isEmpty()) {
                all.must(text(f, query.q(), tolerant));
            }
            FacetedSearch.filter(all, f, chosen, leftOut, FIELDS, ALTERNATIVES);
            return all;
        }

        private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
            return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    /**
     * Text as people type it: every word must appear in the name, mission, communities served or city (in
     * English or Spanish analysis); quoted phrases are kept together. When {@code tolerant} (the search runs so
     * when the words as typed find nothing), a word may also be within one typo (two in long words), ranked
     * below exact matches. Operators people did not mean are taken as plain text.
     */
    static PredicateFinalStep text(SearchPredicateFactory f, String q, boolean tolerant) {
        Optional<String> typed = FacetedSearch.plainText(q);
        if (typed.isEmpty()) {
            return f.matchAll();
        }
        String plain = typed.get();
        PredicateFinalStep exact = f.simpleQueryString().field(NAME).boost(4f).field(CITY).boost(2f)
                .fields(MISSION, MISSION_ES, COMMUNITIES, COMMUNITIES_ES)
                .matching(plain).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE);
        if (!tolerant) {
            return exact;
        }
        String fuzzy = Arrays.stream(plain.replace("\"", " ").split("\\s+")).filter(word -> !word.isBlank())
                .map(word -> word.length() >= 8 ? word + "~2" : word.length() >= 4 ? word + "~1" : word)
                .collect(Collectors.joining(" "));
        return f.bool().should(f.bool().must(exact).boost(3f))
                .should(f.simpleQueryString().field(NAME).boost(2f)
                        .fields(CITY, MISSION_WORDS, COMMUNITIES_WORDS)
                        .matching(fuzzy).defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.FUZZY, SimpleQueryFlag.WHITESPACE))
                .minimumShouldMatchNumber(1);
    }
}
