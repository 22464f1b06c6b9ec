package org.harambee.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** The account's tokens that still work, newest first. */
    @Query("select t from ApiToken t where t.accountId = :accountId and t.revokedAt is null order by t.createdAt desc, t.id desc")
    List<ApiToken> live(UUID accountId);

    @Query("select count(t) from ApiToken t where t.accountId = :accountId and t.revokedAt is null")
    long countLive(UUID accountId);
}
