package org.harambee.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    @Modifying
    @Query("update AuditEntry e set e.remoteAddress = null where e.occurredAt < :before and e.remoteAddress is not null")
    int dropAddressesBefore(Instant before);
}
