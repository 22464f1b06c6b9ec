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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.directory.DirectoryQuery.Facet;
import org.harambee.membership.Audience;
import org.harambee.membership.Capacity;
import org.harambee.membership.IndexedOrganization;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationType;
import org.harambee.search.Columns;
import org.harambee.search.Columns.Column;
import org.harambee.search.FacetDescriptor;
import org.harambee.search.FacetedSearch;
import org.harambee.search.RecentCounts;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.UsState;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the directory: full text (English and Spanish analysis, tolerant of a typo), the chosen facet
 * values, the viewer's audience, and counts for every facet value, through the one faceted search. Results and
 * counts come from the search index alone, never from loading organizations, so a page costs the same with 200 or
 * 100,000 members; the counts of the whole directory (nothing chosen, no words) are kept a few seconds per audience.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    /** Results per page of the directory. */
    public static final int PAGE_SIZE = 20;
    /** The deepest result the directory pages to. */
    static final int MAX_RESULT = FacetedSearch.MAX_RESULT;

    private static final Columns COLUMNS = new Columns();
    private static final Column<Long> ID = COLUMNS.id(Long.class);
    private static final Column<String> SLUG_COLUMN = COLUMNS.field(SLUG, String.class);
    private static final Column<String> NAME_COLUMN = COLUMNS.field(NAME, String.class);
    private static final Column<String> MISSION_COLUMN = COLUMNS.field(MISSION, String.class);
    private static final Column<OrganizationType> TYPE_COLUMN = COLUMNS.field(TYPE, OrganizationType.class);
    private static final Column<String> CITY_COLUMN = COLUMNS.field(CITY, String.class);
    private static final Column<String> STATE_COLUMN = COLUMNS.field(STATE, String.class);
    private static final Column<String> COUNTRY_COLUMN = COLUMNS.field(COUNTRY, String.class);
    private static final Column<List<Long>> AREAS_COLUMN = COLUMNS.list(ISSUE_AREAS, Long.class);
    private static final Column<List<Integer>> RIGHTS_COLUMN = COLUMNS.list(RIGHTS, Integer.class);
    private static final Column<Boolean> GRASSROOTS_COLUMN = COLUMNS.field(GRASSROOTS, Boolean.class);
    private static final Column<Boolean> AFFECTED_COLUMN = COLUMNS.field(LED_BY_DIRECTLY_AFFECTED, Boolean.class);
    private static final Column<Boolean> FOUNDING_COLUMN = COLUMNS.field(FOUNDING_MEMBER, Boolean.class);
    private static final Column<LocalDate> SINCE_COLUMN = COLUMNS.field(MEMBER_SINCE, LocalDate.class);
    private static final Column<MembershipStatus> STATUS_COLUMN = COLUMNS.field(STATUS, MembershipStatus.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final EntityManager entityManager;
    private final DirectoryVocabulary vocabulary;
    private final RecentCounts<Facet> wholeDirectory;

    DirectorySearch(EntityManager entityManager, DirectoryVocabulary vocabulary, Clock clock,
            @Value("${harambee.search.counts-life}") Duration countsLife) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
        this.wholeDirectory = new RecentCounts<>(clock, countsLife);
    }

    /**
     * The directory's facets as this audience may choose them: one value per organization for state, region,
     * country, type and status (alternatives), several for the rest; status for staff only.
     */
    static FacetedSearch<Facet> facets(Audience audience, DirectoryVocabulary.Snapshot words) {
        List<FacetDescriptor<Facet>> facets = new ArrayList<>(List.of(
                FacetDescriptor.allOf(Facet.ISSUE, ISSUE_AREAS, Long.class,
                        slug -> words.issueArea(slug).map(IssueArea::id))
                        .labelled(id -> Optional.ofNullable(words.issueAreasById().get((Long) id))
                                .map(IssueArea::slug)),
                FacetDescriptor.allOf(Facet.RIGHT, RIGHTS, Integer.class,
                        article -> words.right(article).map(right -> right.article())),
                FacetDescriptor.oneOf(Facet.STATE, STATE, String.class,
                        code -> words.state(code.toUpperCase(Locale.ROOT)).map(UsState::code)),
                FacetDescriptor.oneOfGroups(Facet.REGION, STATE, String.class,
                        region -> List.copyOf(words.statesIn(region.toUpperCase(Locale.ROOT))))
                        .labelled(code -> Optional.ofNullable(words.statesByCode().get((String) code))
                                .map(UsState::region)),
                FacetDescriptor.oneOf(Facet.COUNTRY, COUNTRY, String.class,
                        code -> Optional.of(code.toUpperCase(Locale.ROOT)).filter(COUNTRIES::contains)),
                FacetDescriptor.oneOf(Facet.TYPE, TYPE, OrganizationType.class,
                        name -> FacetDescriptor.named(OrganizationType.class, name)),
                FacetDescriptor.yes(Facet.GRASSROOTS, GRASSROOTS),
                FacetDescriptor.yes(Facet.AFFECTED, LED_BY_DIRECTLY_AFFECTED),
                FacetDescriptor.allOf(Facet.LANGUAGE, LANGUAGES, String.class,
                        code -> Optional.of(code).filter(c -> c.matches("[a-z]{2,3}"))),
                FacetDescriptor.yes(Facet.FOUNDING, FOUNDING_MEMBER),
                FacetDescriptor.allOf(Facet.OFFER, OFFERS, Capacity.class,
                        name -> FacetDescriptor.named(Capacity.class, name)),
                FacetDescriptor.allOf(Facet.NEED, NEEDS, Capacity.class,
                        name -> FacetDescriptor.named(Capacity.class, name))));
        if (audience == Audience.STAFF) {
            facets.add(FacetDescriptor.oneOf(Facet.STATUS, STATUS, MembershipStatus.class,
                    name -> FacetDescriptor.named(MembershipStatus.class, name)));
        }
        return new FacetedSearch<>(Facet.class, Facet::parameter, facets);
    }

    /** A page of results of {@code size} entries, and every facet's counts, as this audience may see them. */
    public DirectoryResults search(DirectoryQuery query, Audience audience, int size) {
        FacetedSearch<Facet> facets = facets(audience, vocabulary.current());
        FacetedSearch.Chosen<Facet> chosen = facets.chosen(query::values);
        SearchSession session = Search.session(entityManager);
        SearchScope<?> scope = IndexedOrganization.scope(session);
        FacetedSearch.Request<Facet> request = request(query, audience, chosen, false, size);
        FacetedSearch.Found<Facet> found = facets.search(session, scope, query.q().isEmpty() && chosen.none()
                ? request.keptIn(wholeDirectory, audience.name()) : request);
        if (found.total() == 0 && !query.q().isEmpty()) {
            found = facets.search(session, scope, request(query, audience, chosen, true, size));
        }
        List<DirectoryEntry> entries = found.rows().stream().map(row -> entry(row, audience)).toList();
        return new DirectoryResults(query.keeping(chosen.kept(query.filters())), entries, found.total(), size,
                found.counts(), chosen.ignored());
    }

    /** The given facet values that name nothing this audience may choose, as {@code parameter=value}. */
    public List<String> unknown(Function<Facet, ? extends Collection<String>> given, Audience audience) {
        return facets(audience, vocabulary.current()).chosen(given).ignored();
    }

    /** The ids of every organization the query finds for this audience, in the query's order (for export). */
    public List<Long> ids(DirectoryQuery query, Audience audience, int limit) {
        FacetedSearch<Facet> facets = facets(audience, vocabulary.current());
        FacetedSearch.Chosen<Facet> chosen = facets.chosen(query::values);
        List<Long> exact = ids(facets, query, audience, chosen, false, limit);
        return !exact.isEmpty() || query.q().isEmpty() ? exact : ids(facets, query, audience, chosen, true, limit);
    }

    private List<Long> ids(FacetedSearch<Facet> facets, DirectoryQuery query, Audience audience,
            FacetedSearch.Chosen<Facet> chosen, boolean tolerant, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<?> scope = IndexedOrganization.scope(session);
        return session.search(scope).select(scope.projection().id(Long.class).toProjection())
                .where(facets.predicate(scope, conditions(query, audience, tolerant), chosen, null))
                .sort(order(query.sort()).apply(scope.sort()).toSort()).fetchHits(limit);
    }

    private static FacetedSearch.Request<Facet> request(DirectoryQuery query, Audience audience,
            FacetedSearch.Chosen<Facet> chosen, boolean tolerant, int size) {
        return new FacetedSearch.Request<>(chosen, conditions(query, audience, tolerant), order(query.sort()), COLUMNS,
                null, query.page(), size, true);
    }

    /** What the audience may see, and the words ({@code tolerant}: within a typo or two). */
    private static Function<SearchPredicateFactory, PredicateFinalStep> conditions(DirectoryQuery query,
            Audience audience, boolean tolerant) {
        return f -> {
            BooleanPredicateClausesStep<?, ?> all = f.bool().filter(IndexedOrganization.visibleTo(f, audience));
            return query.q().isEmpty() ? all.must(f.matchAll()) : all.must(text(f, query.q(), tolerant));
        };
    }

    private static Function<SearchSortFactory, SortFinalStep> order(DirectoryQuery.Sort order) {
        return switch (order) {
            case NAME -> f -> f.field(NAME_SORT);
            case NEWEST -> f -> f.composite().add(f.field(MEMBER_SINCE).desc().missing().last())
                    .add(f.field(NAME_SORT));
            case RELEVANCE -> f -> f.composite().add(f.score()).add(f.field(NAME_SORT));
        };
    }

    private static DirectoryEntry entry(Columns.Row row, Audience audience) {
        return new DirectoryEntry(row.get(ID), row.get(SLUG_COLUMN), row.get(NAME_COLUMN), row.get(MISSION_COLUMN),
                row.get(TYPE_COLUMN), row.get(CITY_COLUMN), row.get(STATE_COLUMN), row.get(COUNTRY_COLUMN),
                row.get(AREAS_COLUMN), row.get(RIGHTS_COLUMN), Boolean.TRUE.equals(row.get(GRASSROOTS_COLUMN)),
                Boolean.TRUE.equals(row.get(AFFECTED_COLUMN)), Boolean.TRUE.equals(row.get(FOUNDING_COLUMN)),
                row.get(SINCE_COLUMN), audience == Audience.STAFF ? row.get(STATUS_COLUMN) : null);
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
