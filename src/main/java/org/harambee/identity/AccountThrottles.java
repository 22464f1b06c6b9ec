package org.harambee.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountThrottles extends JpaRepository<AccountThrottle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountThrottle t where t.keyHash = :keyHash")
    Optional<AccountThrottle> lock(String keyHash);

    @Modifying
    @Query("delete from AccountThrottle t where t.updatedAt < :before")
    int deleteUpdatedBefore(Instant before);
}
