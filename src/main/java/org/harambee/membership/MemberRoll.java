package org.harambee.membership;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members as dues and votes need them: every admitted member (applicants are not members yet), one member, the
 * members a person answers for (the organizations they represent and their own individual membership), and the
 * status each member had at a moment, read from its history.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class MemberRoll {

    private static final int QUERY_CHUNK = 1000;

    private final Members members;
    private final Organizations organizations;
    private final IndividualMembers individuals;
    private final EntityManager entityManager;

    MemberRoll(Members members, Organizations organizations, IndividualMembers individuals,
            EntityManager entityManager) {
        this.members = members;
        this.organizations = organizations;
        this.individuals = individuals;
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
}
