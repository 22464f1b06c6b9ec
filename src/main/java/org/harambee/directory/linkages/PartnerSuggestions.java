package org.harambee.directory.linkages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Find partners: the best {@value #SHOWN} organizations for one organization to work with, among the active
 * members that asked to be suggested, each with its reasons in words. Any member may look for any active
 * organization they can see; its representatives and staff may hide a suggestion, and show it again.
 */
@Service
@Transactional(readOnly = true)
class PartnerSuggestions {

    static final int SHOWN = 10;

    private final OrganizationAccess access;
    private final Candidates candidates;
    private final HiddenSuggestions hidden;
    private final Taxonomy taxonomy;
    private final ReasonWording wording;
    private final Clock clock;

    PartnerSuggestions(OrganizationAccess access, Candidates candidates, HiddenSuggestions hidden, Taxonomy taxonomy,
            ReasonWording wording, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.hidden = hidden;
        this.taxonomy = taxonomy;
        this.wording = wording;
        this.clock = clock;
    }

    /** The suggestions for this organization as this member sees them, with the reasons in their language. */
    Partners partnersOf(String slug, HarambeeUser user, Locale locale) {
        MemberOrganization organization = active(slug, user);
        Profile seed = Profile.of(organization);
        List<HiddenSuggestion> hiddenByThem = hidden.findByOrganizationIdOrderByHiddenAtDesc(organization.id());
        List<Long> excluded = new ArrayList<>(hiddenByThem.stream().map(HiddenSuggestion::hiddenOrganizationId).toList());
        excluded.add(organization.id());
        Places places = Places.of(taxonomy);
        List<Suggestion> best = Suggestion.best(seed,
                candidates.partnersFor(seed, places, Scope.partnersExcept(excluded)), places, SHOWN);
        ReasonWording.Words words = wording.in(locale);
        List<Partners.Partner> partners = best.stream().map(s -> new Partners.Partner(s.partner().id(),
                s.partner().slug(), s.partner().name(), s.points(), s.reasons().stream().map(words::reason).toList()))
                .toList();
        return new Partners(organization.slug(), organization.name(), organization.mayActFor(), partners,
                organization.mayActFor() ? hiddenPartners(hiddenByThem, user) : List.of());
    }

    private List<Partners.Hidden> hiddenPartners(List<HiddenSuggestion> hiddenByThem, HarambeeUser user) {
        Map<Long, Profile> profiles = candidates.profiles(
                hiddenByThem.stream().map(HiddenSuggestion::hiddenOrganizationId).toList(), Scope.seenBy(user))
                .stream().collect(Collectors.toMap(Profile::id, Function.identity()));
        return hiddenByThem.stream().filter(h -> profiles.containsKey(h.hiddenOrganizationId()))
                .map(h -> new Partners.Hidden(h.id(), profiles.get(h.hiddenOrganizationId()).name())).toList();
    }

    /** The organization's representative (or staff) hides a suggested partner from its suggestions. */
    @Transactional
    void hide(String slug, Long partnerId, HarambeeUser user) {
        MemberOrganization organization = actingFor(slug, user);
        if (partnerId == null || partnerId.equals(organization.id())
                || candidates.profiles(List.of(partnerId), Scope.seenBy(user)).isEmpty()) {
            throw new UnknownOrganizationException("partner " + partnerId);
        }
        if (!hidden.existsByOrganizationIdAndHiddenOrganizationId(organization.id(), partnerId)) {
            hidden.save(new HiddenSuggestion(organization.id(), partnerId, user.accountId(), clock.instant()));
        }
    }

    /** The organization's representative (or staff) lets a hidden partner be suggested again. */
    @Transactional
    void showAgain(String slug, Long hiddenId, HarambeeUser user) {
        MemberOrganization organization = actingFor(slug, user);
        hidden.delete(hidden.findByIdAndOrganizationId(hiddenId, organization.id())
                .orElseThrow(() -> new UnknownOrganizationException("hidden suggestion " + hiddenId)));
    }

    private MemberOrganization active(String slug, HarambeeUser user) {
        return access.visibleTo(slug, user).filter(MemberOrganization::active)
                .orElseThrow(() -> new UnknownOrganizationException("organization " + slug));
    }

    private MemberOrganization actingFor(String slug, HarambeeUser user) {
        MemberOrganization organization = active(slug, user);
        if (!organization.mayActFor()) {
            throw new AccessDeniedException("Only the organization's representatives and staff hide its suggestions");
        }
        return organization;
    }
}
