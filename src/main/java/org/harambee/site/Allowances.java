package org.harambee.site;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Where rate allowances are counted ({@code harambee.limits.counted}): in this node's memory ({@link NodeAllowances},
 * the default) or in the database every node shares ({@link SharedAllowances}, the cluster profile). The API's rates
 * and the membership applications per address take from it.
 */
@NamedInterface(name = "api", propagate = false)
public interface Allowances {

    /** Takes one use of the caller's allowance of {@code perWindow} uses a {@code window}. */
    Allowance.Admission take(String caller, int perWindow, Duration window, Instant now);
}
