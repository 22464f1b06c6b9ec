package org.harambee.membership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface People extends JpaRepository<Person, Long> {

    List<Person> findByEmail(String email);

    /** The authorized representatives of this organization who have an account. */
    @Query("select p from Person p where p.organization.id = :organizationId and p.representative = true"
            + " and p.accountId is not null")
    List<Person> findRepresentativesOf(Long organizationId);
}
