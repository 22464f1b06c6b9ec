package org.harambee.directory.linkages;

import static org.harambee.membership.IndexedOrganization.ISSUE_AREAS;
import static org.harambee.membership.IndexedOrganization.NAME_SORT;
import static org.harambee.membership.IndexedOrganization.RIGHTS;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.IndexedOrganization;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.RightsFamily;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shape of the network: the issue areas × rights matrix (counted by the search index, one query per issue
 * area), and each organization's nearest neighbours by the rights and issue areas they share (found like partner
 * suggestions, by {@link Candidates}, then measured by {@link Profile#similarity}). Visitors see the publicly listed
 * organizations only; anyone signed in with a role sees every active organization.
 */
@Service
@Transactional(readOnly = true)
class NetworkShape {

    static final int PAGE_SIZE = 25;
    static final int NEIGHBOURS = 3;
    /** How many organizations sharing most with one organization are measured to find its nearest. */
    static final int NEIGHBOUR_POOL = 60;
    static final int MAX_PAGE = 4000;

    private static final List<RightsFamily> FAMILIES = List.of(RightsFamily.CIVIL_POLITICAL,
            RightsFamily.ECONOMIC_SOCIAL_CULTURAL, RightsFamily.FOUNDATIONAL);

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;
    private final Candidates candidates;
    private final ReasonWording wording;

    NetworkShape(EntityManager entityManager, Taxonomy taxonomy, Candidates candidates, ReasonWording wording) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.candidates = candidates;
        this.wording = wording;
    }

    Matrix matrix(HarambeeUser user) {
        Scope scope = Scope.seenBy(user);
        List<HumanRight> rights = taxonomy.rights();
        List<Matrix.Group> groups = new ArrayList<>();
        List<HumanRight> columns = new ArrayList<>();
        for (RightsFamily family : FAMILIES) {
            List<HumanRight> inFamily = rights.stream().filter(r -> r.family() == family)
                    .sorted(Comparator.comparingInt(HumanRight::article)).toList();
            groups.add(new Matrix.Group(family, inFamily, columns.size()));
            columns.addAll(inFamily);
        }
        AggregationKey<Map<Integer, Long>> byRight = AggregationKey.of("rights");
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        List<Map<Integer, Long>> counts = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        for (IssueArea area : areas) {
            SearchResult<?> result = IndexedOrganization.search(Search.session(entityManager))
                    .where(f -> f.bool().must(scope.filter(f)).must(f.match().field(ISSUE_AREAS).matching(area.id())))
                    .aggregation(byRight, f -> f.terms().field(RIGHTS, Integer.class).maxTermCount(rights.size()))
                    .fetch(0);
            counts.add(result.aggregation(byRight));
            totals.add(result.total().hitCount());
        }
        long max = counts.stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        List<Matrix.Row> rows = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Map<Integer, Long> row = counts.get(i);
            rows.add(new Matrix.Row(areas.get(i), totals.get(i), columns.stream().map(right -> {
                long count = row.getOrDefault(right.article(), 0L);
                return new Matrix.Cell(right, count, Matrix.level(count, max));
            }).toList()));
        }
        return new Matrix(groups, rows, max);
    }

    /** One page of organizations by name, each with its {@value #NEIGHBOURS} nearest neighbours. */
    Neighbourhoods neighbourhoods(HarambeeUser user, int page, Locale locale) {
        Scope scope = Scope.seenBy(user);
        int from = Math.min(Math.max(0, page), MAX_PAGE);
        SearchResult<Profile> result = IndexedOrganization.search(Search.session(entityManager))
                .select(Candidates::profile)
                .where(scope::filter)
                .sort(f -> f.field(NAME_SORT))
                .fetch(from * PAGE_SIZE, PAGE_SIZE);
        ReasonWording.Words words = wording.in(locale);
        List<Neighbourhoods.Neighbourhood> organizations = result.hits().stream()
                .map(profile -> new Neighbourhoods.Neighbourhood(profile.slug(), profile.name(),
                        Neighbour.nearest(profile, candidates.alike(profile, scope, NEIGHBOUR_POOL), NEIGHBOURS)
                                .stream().map(n -> new Neighbourhoods.Near(n.organization().slug(),
                                        n.organization().name(), (int) Math.round(100 * n.similarity()),
                                        words.rights(n.sharedRights()), words.issueAreas(n.sharedIssueAreas())))
                                .toList()))
                .toList();
        return new Neighbourhoods(organizations, new Listed(List.of(), result.total().hitCount(), from, PAGE_SIZE));
    }
}
