package org.harambee.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Authenticators extends JpaRepository<Authenticator, UUID> {

    /** The person's app, locked until the transaction ends: two sign-ins with one code cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Authenticator a where a.accountId = ?1")
    Optional<Authenticator> lock(UUID accountId);
}
