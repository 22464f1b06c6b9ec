package org.harambee.workinggroups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Groups extends JpaRepository<WorkingGroup, Long> {

    Optional<WorkingGroup> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<WorkingGroup> findByNameKey(String nameKey);

    /**
     * The groups in which this person, one of these organizations, or the address they sign in with has an entry
     * (taking part, asking, invited).
     */
    @Query("select distinct p.group.id from GroupParticipant p where p.accountId = :account"
            + " or p.organizationId in :organizations or p.invitedAs = :address")
    List<Long> idsWithEntryFor(UUID account, Collection<Long> organizations, String address);

    /** The private groups other than these ({@code mine}, never empty: pass an impossible id when there is none). */
    @Query("select g.id from WorkingGroup g where g.visibility = org.harambee.workinggroups.GroupVisibility.PRIVATE"
            + " and g.id not in :mine")
    List<Long> privateIdsExcept(Collection<Long> mine);

    /** The groups in which this person takes part, themselves or through one of these organizations. */
    @Query("select distinct p.group.id from GroupParticipant p where p.status = org.harambee.workinggroups.ParticipantStatus.ACTIVE"
            + " and (p.accountId = :account or p.organizationId in :organizations)")
    List<Long> idsTakenPartInBy(UUID account, Collection<Long> organizations);

    /**
     * The groups a person may know of matching a search: public ones, members' ones for members, and those they
     * have an entry in ({@code mine}, never empty: pass an impossible id when there is none).
     */
    @Query("""
            select g from WorkingGroup g
            where (g.visibility = org.harambee.workinggroups.GroupVisibility.PUBLIC
                   or (g.visibility = org.harambee.workinggroups.GroupVisibility.MEMBERS and :member = true)
                   or g.id in :mine)
              and (:text is null or lower(g.name) like :text escape '\\' or lower(g.purpose) like :text escape '\\')
              and (:kind is null or g.kind = :kind)
              and (:issueArea is null or :issueArea member of g.issueAreas)
            order by g.nameKey""")
    List<WorkingGroup> search(boolean member, Collection<Long> mine, String text, GroupKind kind, Long issueArea);

    /**
     * The groups whose matters this reader may not see: private ones, and members' ones for readers who are not
     * members, except those they take part in ({@code takingPart}, never empty: pass an impossible id when none).
     */
    @Query("""
            select g.id from WorkingGroup g
            where (g.visibility = org.harambee.workinggroups.GroupVisibility.PRIVATE
                   or (g.visibility = org.harambee.workinggroups.GroupVisibility.MEMBERS and :member = false))
              and g.id not in :takingPart""")
    List<Long> closedTo(boolean member, Collection<Long> takingPart);
}
