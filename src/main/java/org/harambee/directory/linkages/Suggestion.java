package org.harambee.directory.linkages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.harambee.membership.Capacity;

/**
 * One organization suggested as a partner for another: its points and the reasons for them. The formula (also in
 * docs/directory.md):
 *
 * <ul>
 * <li>each right both work on: 3 points, and 2 more each when they share no issue area (a cross-issue link:
 * linking issues through the rights they have in common is what the network is for);</li>
 * <li>each issue area both work on: 1;</li>
 * <li>each capacity the partner offers that the organization needs: 2;</li>
 * <li>the same state: 2; a bordering state: 2; otherwise the same census region: 1;</li>
 * <li>the partner is led by directly affected people: 1; it is a grassroots organization: 1;</li>
 * <li>a language in common other than English: 1.</li>
 * </ul>
 *
 * A partner is suggested only when something links them (a right, an issue area, a need it meets, or being in the
 * same or a bordering state); the rest only adds weight. Higher points come first, then names alphabetically.
 */
record Suggestion(Profile partner, int points, List<Reason> reasons) {

    static final int SHARED_RIGHT = 3;
    static final int CROSS_ISSUE_RIGHT = 2;
    static final int SHARED_ISSUE_AREA = 1;
    static final int OFFER_FOR_NEED = 2;
    static final int SAME_STATE = 2;
    static final int NEIGHBOURING_STATE = 2;
    static final int SAME_REGION = 1;
    static final int LED_BY_DIRECTLY_AFFECTED = 1;
    static final int GRASSROOTS = 1;
    static final int LANGUAGE = 1;

    static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingInt(Suggestion::points).reversed()
            .thenComparing(s -> s.partner().name().toLowerCase(Locale.ROOT))
            .thenComparing(s -> s.partner().id());

    Suggestion {
        reasons = List.copyOf(reasons);
    }

    /** How well the candidate fits as a partner for the seed, and why. */
    static Suggestion of(Profile seed, Profile candidate, Places places) {
        List<Reason> reasons = new ArrayList<>();
        Set<Integer> rights = new TreeSet<>(seed.sharedRights(candidate));
        Set<Long> areas = seed.sharedIssueAreas(candidate);
        if (!rights.isEmpty() && areas.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.CROSS_ISSUE_RIGHTS,
                    rights.size() * (SHARED_RIGHT + CROSS_ISSUE_RIGHT), List.copyOf(rights)));
        } else if (!rights.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.SHARED_RIGHTS, rights.size() * SHARED_RIGHT, List.copyOf(rights)));
        }
        if (!areas.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.SHARED_ISSUE_AREAS, areas.size() * SHARED_ISSUE_AREA,
                    List.copyOf(new TreeSet<>(areas))));
        }
        Set<Capacity> offered = new TreeSet<>(candidate.offers());
        offered.retainAll(seed.needs());
        if (!offered.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.OFFERS_WHAT_YOU_NEED, offered.size() * OFFER_FOR_NEED,
                    List.copyOf(offered)));
        }
        places.nearness(seed, candidate).ifPresent(reasons::add);
        if (candidate.ledByDirectlyAffected()) {
            reasons.add(new Reason(Reason.Kind.LED_BY_DIRECTLY_AFFECTED, LED_BY_DIRECTLY_AFFECTED));
        }
        if (candidate.grassroots()) {
            reasons.add(new Reason(Reason.Kind.GRASSROOTS, GRASSROOTS));
        }
        Set<String> languages = new TreeSet<>(candidate.languages());
        languages.retainAll(seed.languages());
        languages.remove("en");
        if (!languages.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.LANGUAGE, LANGUAGE, List.copyOf(languages)));
        }
        return new Suggestion(candidate, reasons.stream().mapToInt(Reason::points).sum(), reasons);
    }

    /** Whether something links the two organizations (not only leadership, region or language). */
    boolean linked() {
        return reasons.stream().anyMatch(reason -> reason.kind().links);
    }

    /** The best {@code limit} suggestions for the seed among these candidates, the seed itself never among them. */
    static List<Suggestion> best(Profile seed, List<Profile> candidates, Places places, int limit) {
        return candidates.stream().filter(candidate -> !candidate.id().equals(seed.id()))
                .map(candidate -> of(seed, candidate, places)).filter(Suggestion::linked)
                .sorted(BEST_FIRST).limit(limit).toList();
    }
}
