package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client addresses in the audit log serve accountability for a while (who tried what from where), then go: every
 * hour, the address of each entry older than {@code harambee.audit.address-retention} (30 days unless set) is
 * dropped, the entry stays. One UPDATE that changes only what is due, so several nodes running it at once, or
 * again, do no harm.
 */
@Component
class AuditAddresses {

    private final AuditEntries entries;
    private final Clock clock;
    private final Duration retention;

    AuditAddresses(AuditEntries entries, Clock clock,
            @Value("${harambee.audit.address-retention:30d}") Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("harambee.audit.address-retention cannot be negative");
        }
        this.entries = entries;
        this.clock = clock;
        this.retention = retention;
    }

    /** Drops the addresses past the retention period; returns how many entries lost theirs. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    int dropExpired() {
        return entries.dropAddressesBefore(clock.instant().minus(retention));
    }
}
