package org.harambee.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.library.CitedResources;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationView;
import org.harambee.site.Installation;
import org.harambee.workinggroups.GroupRoster;
import org.harambee.membership.OrganizationId;
import org.harambee.workinggroups.GroupId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member organizations and working groups following up the recommendations made to the network's country: who may
 * adopt and assess for whom, the timeline of a recommendation, and where each stands for a reader. Representatives
 * act for their organizations; a group's conveners adopt for it and everyone taking part assesses. Members read
 * every assessment and who made it; visitors read the public ones, without the person's name, and see an adopter's
 * name only where they may know it.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "seeding", propagate = false)
public class FollowUp {

    private final Recommendations recommendations;
    private final Adoptions adoptions;
    private final OrganizationAccess organizations;
    private final GroupRoster groups;
    private final CitedResources library;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId zone;
    private final String country;

    FollowUp(Recommendations recommendations, Adoptions adoptions, OrganizationAccess organizations,
            GroupRoster groups, CitedResources library, AuditLog auditLog, Clock clock,
            Installation installation, TrackerSettings settings) {
        this.recommendations = recommendations;
        this.adoptions = adoptions;
        this.organizations = organizations;
        this.groups = groups;
        this.library = library;
        this.auditLog = auditLog;
        this.clock = clock;
        this.zone = installation.timeZone();
        this.country = settings.country();
    }

    /** The organizations following up at least one recommendation to the country. */
    public Set<Long> adoptingOrganizations() {
        return adoptions.findAdoptingOrganizations(country);
    }

    public String country() {
        return country;
    }

    /** Whether any recommendation to the country has been imported. */
    boolean hasRecommendations() {
        return recommendations.countByStateUnderReview(country) > 0;
    }

    Recommendation recommendation(Long id) {
        return loaded(recommendations.findById(id).orElseThrow(UnknownRecommendationException::new));
    }

    /** The recommendation with its tags, issue areas and rights read, for pages rendered after the transaction. */
    private static Recommendation loaded(Recommendation recommendation) {
        recommendation.issues();
        recommendation.issueAreas();
        recommendation.rights();
        return recommendation;
    }

    /** Whom this person may adopt recommendations for: organizations they represent, groups they convene. */
    List<Adopter> mayAdoptFor(HarambeeUser user) {
        List<Adopter> adopters = new ArrayList<>(represented(user));
        groups.convenedBy(user).forEach(group -> adopters.add(Adopter.group(group.id(), group.name())));
        return adopters;
    }

    /** Whom this person may assess for: organizations they represent, groups they take part in. */
    List<Adopter> mayAssessFor(HarambeeUser user) {
        List<Adopter> adopters = new ArrayList<>(represented(user));
        groups.groupsOf(user).forEach(group -> adopters.add(Adopter.group(group.id(), group.name())));
        return adopters;
    }

    private List<Adopter> represented(HarambeeUser user) {
        return user == null ? List.of() : organizations.representedBy(user).stream()
                .filter(o -> o.mayActFor() && o.active()).map(o -> Adopter.organization(o.id(), o.name())).toList();
    }

    /**
     * The adopter named by {@code key} follows this recommendation to the country up from now on (again: nothing
     * changes). Refused unless this person may adopt for it.
     */
    @Transactional
    public Adoption adopt(Long recommendationId, String adopterKey, HarambeeUser user) {
        Recommendation recommendation = recommendation(recommendationId);
        if (!recommendation.stateUnderReview().equals(country)) {
            throw new TrackerRuleException(null, "accountability.adopt.otherCountry");
        }
        Adopter adopter = mayAdoptFor(user).stream().filter(a -> a.key().equals(adopterKey)).findFirst()
                .orElseThrow(() -> new TrackerRuleException("adopter", "accountability.adopt.notYours"));
        Optional<Adoption> already = adoptions.findByRecommendationIdOrderByAdoptedAt(recommendationId).stream()
                .filter(adoption -> adoption.of(adopter)).findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        Adoption adoption = adoptions.save(Adoption.by(adopter, recommendationId, user.accountId(), clock.instant()));
        auditLog.recordAboutGroup(adopter.groupId(), "accountability.adopted", "recommendation " + recommendationId, adopter.name());
        return adoption;
    }

    /** The adopter stops following the recommendation up; its assessments go with it. Returns the recommendation. */
    @Transactional
    public Long withdraw(Long adoptionId, boolean confirmed, HarambeeUser user) {
        Adoption adoption = adoptions.findById(adoptionId).orElseThrow(UnknownAdoptionException::new);
        if (mayAdoptFor(user).stream().noneMatch(adoption::of)) {
            throw new UnknownAdoptionException();
        }
        if (!confirmed) {
            throw new TrackerRuleException(null, "accountability.withdraw.unconfirmed");
        }
        adoptions.delete(adoption);
        auditLog.recordAboutGroup(adoption.groupId(), "accountability.withdrawn", "recommendation " + adoption.recommendationId(),
                adoption.adopterName());
        return adoption.recommendationId();
    }

    /** The recommendation an adoption follows up. */
    Long recommendationOf(Long adoptionId) {
        return adoptions.findById(adoptionId).map(Adoption::recommendationId).orElseThrow(UnknownAdoptionException::new);
    }

    /**
     * Records an assessment for an adoption this person may assess for, with library resources they may read;
     * throws {@link TrackerRuleException} naming every field that does not hold.
     */
    @Transactional
    public Assessment assess(Long adoptionId, AssessmentDraft draft, HarambeeUser user) {
        Adoption adoption = adoptions.findById(adoptionId).orElseThrow(UnknownAdoptionException::new);
        if (mayAssessFor(user).stream().noneMatch(adoption::of)) {
            throw new UnknownAdoptionException();
        }
        Set<Long> readable = library.titlesSeenBy(draft.resources(), user).keySet();
        Set<Long> asVisible = draft.visibility() == null ? Set.of()
                : library.seenByEvery(draft.resources(), draft.visibility() == AssessmentVisibility.MEMBERS);
        Assessment assessment = adoption.assess(draft, readable::contains, asVisible::contains, user.accountId(),
                user.displayName(), clock.instant(), LocalDate.now(clock.withZone(zone)));
        adoptions.flush();
        auditLog.recordAboutGroup(adoption.groupId(), "accountability.assessed", "recommendation " + adoption.recommendationId(),
                adoption.adopterName() + ": " + draft.status());
        return assessment;
    }

    /** Everything done on one recommendation, as this reader may read it. */
    public Timeline timeline(Long recommendationId, HarambeeUser user) {
        Recommendation recommendation = recommendation(recommendationId);
        List<Adoption> found = adoptions.findByRecommendationIdOrderByAdoptedAt(recommendationId);
        return timeline(recommendation, found, namedFor(found, user), readerOf(user, found));
    }

    /**
     * Who is reading, whom they may assess and adopt for, and the titles of the library resources cited as evidence
     * that they may read: found once for all the timelines of one page.
     */
    private record Reading(boolean member, List<Adopter> mine, List<Adopter> forWhom, Map<Long, String> evidence) {
    }

    /**
     * The reader of these adoptions. Evidence they may not read (its visibility changed after it was cited, or it
     * was cited before citations were checked) is asked for without failing, and left out of what they read.
     */
    private Reading readerOf(HarambeeUser user, List<Adoption> found) {
        boolean member = member(user);
        Set<Long> cited = found.stream().flatMap(adoption -> adoption.readableBy(member).stream())
                .flatMap(assessment -> assessment.resources().stream()).collect(Collectors.toSet());
        return new Reading(member, mayAssessFor(user), mayAdoptFor(user), library.titlesSeenBy(cited, user));
    }

    private Timeline timeline(Recommendation recommendation, List<Adoption> found, Set<String> named,
            Reading reading) {
        List<Adopter> adoptable = new ArrayList<>(reading.forWhom());
        adoptable.removeIf(adopter -> found.stream().anyMatch(adoption -> adoption.of(adopter)));
        List<Timeline.Follower> followers = found.stream().map(adoption -> new Timeline.Follower(adoption.id(),
                named.contains(adoption.adopter().key()) ? adoption.adopterName() : null,
                reading.mine().stream().anyMatch(adoption::of), reading.forWhom().stream().anyMatch(adoption::of),
                adoption.readableBy(reading.member()).stream()
                        .map(assessment -> entry(assessment, reading)).toList()))
                .toList();
        return new Timeline(RecommendationView.of(recommendation), followers, status(found, reading.member()),
                recommendation.stateUnderReview().equals(country) ? adoptable : List.of());
    }

    /** An assessment as this reader may read it: the person who made it is named to members only. */
    private static Timeline.Entry entry(Assessment assessment, Reading reading) {
        List<Timeline.Evidence> resources = assessment.resources().stream().filter(reading.evidence()::containsKey)
                .sorted().map(id -> new Timeline.Evidence(id, reading.evidence().get(id))).toList();
        return new Timeline.Entry(assessment.status(), assessment.assessedOn(), assessment.evidence(),
                assessment.links(), resources, assessment.visibility(),
                reading.member() ? assessment.madeByName() : null);
    }

    /** Where each of these recommendations stands for this reader. */
    public Map<Long, TrackStatus> statuses(Collection<Long> recommendationIds, HarambeeUser user) {
        boolean member = member(user);
        Map<Long, List<Adoption>> byRecommendation = adoptions.findByRecommendationIdInOrderByAdoptedAt(
                recommendationIds).stream().collect(Collectors.groupingBy(Adoption::recommendationId));
        Map<Long, TrackStatus> statuses = new HashMap<>();
        recommendationIds.forEach(id -> statuses.put(id, status(byRecommendation.getOrDefault(id, List.of()), member)));
        return statuses;
    }

    /** The recommendations to the country, with where each stands for this reader, by session then id. */
    public List<Standing> standings(HarambeeUser user) {
        List<Recommendation> all = recommendations.findByStateUnderReviewOrderBySessionAscIdAsc(country).stream()
                .map(FollowUp::loaded).toList();
        Map<Long, TrackStatus> statuses = statuses(all.stream().map(Recommendation::id).toList(), user);
        return all.stream().map(r -> new Standing(RecommendationView.of(r), statuses.get(r.id()))).toList();
    }

    /** A recommendation to the country and where it stands. */
    @NamedInterface(name = "seeding", propagate = false)
    public record Standing(RecommendationView recommendation, TrackStatus status) {
    }

    /**
     * The chosen recommendations with their follow-up as this reader may read it, for a shadow report; unknown ids
     * are left out. Adoptions and the adopters' names are read once for all of them.
     */
    public List<Timeline> report(List<Long> recommendationIds, HarambeeUser user) {
        List<Adoption> found = adoptions.findByRecommendationIdInOrderByAdoptedAt(recommendationIds);
        Reading reading = readerOf(user, found);
        Map<Long, List<Adoption>> byRecommendation = found.stream()
                .collect(Collectors.groupingBy(Adoption::recommendationId));
        Set<String> named = namedFor(found, user);
        return recommendations.findAllById(recommendationIds).stream().map(FollowUp::loaded)
                .sorted(Comparator.comparing(Recommendation::session).thenComparing(Recommendation::id))
                .map(recommendation -> timeline(recommendation, byRecommendation.getOrDefault(recommendation.id(),
                        List.of()), named, reading)).toList();
    }

    /** The recommendations to the country someone follows up. */
    public Set<Long> adopted() {
        return adoptions.findAdoptedRecommendations(country);
    }

    private static TrackStatus status(List<Adoption> found, boolean member) {
        if (found.isEmpty()) {
            return TrackStatus.NOBODY;
        }
        return found.stream().map(adoption -> adoption.latestFor(member)).flatMap(Optional::stream)
                .max(Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::madeAt))
                .map(latest -> TrackStatus.of(latest.status())).orElse(TrackStatus.NOT_ASSESSED);
    }

    /** The adopters (by key) whose name this reader may know: organizations they may see, groups they may know. */
    private Set<String> namedFor(List<Adoption> found, HarambeeUser user) {
        Set<String> named = new HashSet<>();
        organizations.profiles(OrganizationId.all(found.stream().map(Adoption::organizationId).toList()), user)
                .stream().map(OrganizationView::id)
                .forEach(id -> named.add(Adopter.organization(id, null).key()));
        found.stream().map(Adoption::groupId).filter(java.util.Objects::nonNull).distinct()
                .filter(id -> groups.standing(new GroupId(id), user).group() != null)
                .forEach(id -> named.add(Adopter.group(id, null).key()));
        return named;
    }

    static boolean member(HarambeeUser user) {
        return user != null && !user.roles().isEmpty();
    }
}
