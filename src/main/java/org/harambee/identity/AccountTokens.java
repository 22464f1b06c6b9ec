package org.harambee.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The token, locked until the transaction ends, so that two requests cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :tokenHash")
    Optional<AccountToken> lockByTokenHash(String tokenHash);

    @Query("select t from AccountToken t where t.accountId = :accountId and t.purpose in :purposes "
            + "and t.usedAt is null and t.revokedAt is null")
    List<AccountToken> outstanding(UUID accountId, Collection<AccountToken.Purpose> purposes);

    @Query("select t from AccountToken t where t.purpose = :purpose and t.usedAt is null and t.revokedAt is null")
    List<AccountToken> outstanding(AccountToken.Purpose purpose);

    @Query("select max(t.createdAt) from AccountToken t where t.accountId = :accountId and t.purpose = :purpose")
    Optional<Instant> lastIssued(UUID accountId, AccountToken.Purpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
