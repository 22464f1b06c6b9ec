package org.harambee.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Rate allowances counted in this node's memory (the default, one node): an allowance that is full again is
 * forgotten (a sweep at most once a minute), so memory follows only the recent callers; beyond {@value #MAX_TRACKED}
 * of them, newcomers are let through uncounted until the next sweep rather than refused.
 */
@Component
@ConditionalOnProperty(name = "harambee.limits.counted", havingValue = "node", matchIfMissing = true)
@NamedInterface(name = "api", propagate = false)
public class NodeAllowances implements Allowances {

    public static final int MAX_TRACKED = 50_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;

    @Override
    public Allowance.Admission take(String caller, int perWindow, Duration window, Instant now) {
        if (nextSweep == null || !now.isBefore(nextSweep)) {
            sweep(now);
        }
        Allowance allowance = allowances.get(caller);
        if (allowance == null) {
            if (allowances.size() >= MAX_TRACKED) {
                return Allowance.Admission.ADMITTED;
            }
            allowance = allowances.computeIfAbsent(caller, key -> Allowance.full(perWindow, window, now));
        }
        return allowance.take(now);
    }

    /** How many callers are counted now. */
    public int tracked() {
        return allowances.size();
    }

    /** Forgets the allowances that are full again: forgetting one changes nothing, a newcomer starts full. */
    private synchronized void sweep(Instant now) {
        if (nextSweep != null && now.isBefore(nextSweep)) {
            return;
        }
        allowances.values().removeIf(allowance -> allowance.fullAt(now));
        nextSweep = now.plus(SWEEP_EVERY);
    }
}
