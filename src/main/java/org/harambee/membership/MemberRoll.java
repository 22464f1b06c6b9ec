package org.harambee.membership;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members as dues and votes need them: every admitted member (applicants are not members yet), one member, the
 * members a person answers for (the organizations they represent and their own individual membership), the status
 * each member had at a moment, read from its history, what reserved seats ask of members, and the representatives
 * who act for an organization.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class MemberRoll {

    private static final int QUERY_CHUNK = 1000;

    private final Members members;
    private final Organizations organizations;
    private final IndividualMembers individuals;
    private final People people;
    private final EntityManager entityManager;

    MemberRoll(Members members, Organizations organizations, IndividualMembers individuals, People people,
            EntityManager entityManager) {
        this.members = members;
        this.organizations = organizations;
        this.individuals = individuals;
        this.people = people;
        this.entityManager = entityManager;
    }

    /** Every member that is not an applicant, by name. */
    public List<RollMember> admitted() {
        return members.findAdmitted().stream().map(RollMember::of)
                .sorted(Comparator.comparing(RollMember::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The member with this id, applicants included; empty when there is none. */
    public Optional<RollMember> member(Long id) {
        return id == null ? Optional.empty() : members.findById(id).map(RollMember::of);
    }

    /** The members this person answers for: organizations they represent, then their own individual membership. */
    public List<RollMember> answeredForBy(HarambeeUser user) {
        if (user == null) {
            return List.of();
        }
        List<RollMember> found = new ArrayList<>();
        if (new Viewer(user).representative()) {
            organizations.findRepresentedBy(user.accountId()).stream().map(RollMember::of)
                    .sorted(Comparator.comparing(RollMember::name, String.CASE_INSENSITIVE_ORDER)).forEach(found::add);
        }
        individuals.findByAccountId(user.accountId()).map(RollMember::of).ifPresent(found::add);
        return found;
    }

    /**
     * The status each of these members had just before {@code moment} (the last change of its history before it); a member
     * that did not exist yet is left out.
     */
    public Map<Long, MembershipStatus> statusAt(Collection<Long> ids, Instant moment) {
        Map<Long, MembershipStatus> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            List<?> rows = entityManager.createNativeQuery("select member_id, to_status from status_change"
                    + " where occurred_at < :moment and member_id in (:ids) order by member_id, occurred_at, id")
                    .setParameter("moment", moment).setParameter("ids", all.subList(from,
                            Math.min(all.size(), from + QUERY_CHUNK)))
                    .getResultList();
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                found.put(((Number) cells[0]).longValue(), MembershipStatus.valueOf((String) cells[1]));
            }
        }
        return found;
    }

    /**
     * What reserved seats ask of each of these members (grassroots, led by directly affected people, directly affected,
     * state), applicants included; an id that names no member is left out.
     */
    public Map<Long, RepresentationFacts> representationFacts(Collection<Long> ids) {
        Map<Long, RepresentationFacts> found = new HashMap<>();
        List<Long> all = ids.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            members.findAllById(all.subList(from, Math.min(all.size(), from + QUERY_CHUNK)))
                    .forEach(member -> found.put(member.id(), RepresentationFacts.of(member)));
        }
        return found;
    }

    /**
     * The authorized representatives of this organization who have an account to sign in with, by name; none for an
     * individual member or an id that names no organization.
     */
    public List<Representative> representatives(Long organizationId) {
        if (organizationId == null) {
            return List.of();
        }
        return people.findRepresentativesOf(organizationId).stream().map(Representative::of)
                .sorted(Comparator.comparing(Representative::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(representative -> representative.accountId().toString()))
                .toList();
    }
}
