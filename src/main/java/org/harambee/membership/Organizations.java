package org.harambee.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Organizations extends JpaRepository<Organization, Long> {

    Optional<Organization> findBySlug(String slug);

    boolean existsByNameKey(String nameKey);

    boolean existsByNameKeyAndIdNot(String nameKey, Long id);

    @Query("select o.nameKey from Organization o where o.nameKey in :keys")
    List<String> findNameKeysIn(Collection<String> keys);

    @Query("select o.slug from Organization o where o.slug in :slugs")
    List<String> findSlugsIn(Collection<String> slugs);

    boolean existsBySlug(String slug);

    @Query("select new org.harambee.membership.RegisteredOrganization(o.id, o.name, o.slug, o.website, p.email)"
            + " from Organization o left join o.people p on p.primaryContact = true")
    List<RegisteredOrganization> findRegistered();

    Page<Organization> findByStatusAndListedPubliclyTrue(MembershipStatus status, Pageable pageable);

    Page<Organization> findByStatus(MembershipStatus status, Pageable pageable);

    @Query("select o from Organization o where o.status <> org.harambee.membership.MembershipStatus.APPLICANT")
    Page<Organization> findAllMembers(Pageable pageable);

    /** Active organizations; only those listed publicly when {@code listedPubliclyOnly}. */
    @Query("select count(o) from Organization o where o.status = org.harambee.membership.MembershipStatus.ACTIVE"
            + " and (:listedPubliclyOnly = false or o.listedPublicly = true)")
    long countActive(boolean listedPubliclyOnly);

    /** Active founding organizations; only those listed publicly when {@code listedPubliclyOnly}. */
    @Query("select count(o) from Organization o where o.status = org.harambee.membership.MembershipStatus.ACTIVE"
            + " and o.foundingMember = true and (:listedPubliclyOnly = false or o.listedPublicly = true)")
    long countActiveFounding(boolean listedPubliclyOnly);

    /** States with an active organization; only organizations listed publicly when {@code listedPubliclyOnly}. */
    @Query("select count(distinct o.stateCode) from Organization o"
            + " where o.status = org.harambee.membership.MembershipStatus.ACTIVE and o.stateCode is not null"
            + " and (:listedPubliclyOnly = false or o.listedPublicly = true)")
    long countStatesWithActiveMembers(boolean listedPubliclyOnly);

    @Query("select distinct p.organization from Person p where p.representative = true and p.accountId = :accountId"
            + " order by p.organization.name")
    List<Organization> findRepresentedBy(UUID accountId);

    @Query("select distinct p.accountId from Person p where p.representative = true and p.accountId is not null"
            + " and p.organization.id in :ids and p.organization.status = org.harambee.membership.MembershipStatus.ACTIVE")
    List<java.util.UUID> findRepresentativeAccounts(java.util.Collection<Long> ids);

    Optional<Organization> findByNameKey(String nameKey);
}
