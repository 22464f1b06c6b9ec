package org.harambee.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.harambee.site.SharedAllowances;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Applying sends e-mail to an address the visitor types, so one network address may send only so many
 * applications an hour ({@code harambee.membership.applications-per-hour}); beyond that the answer is 429. Every
 * attempt counts, valid or not, so that nobody tries names and addresses without end. Counted in memory, per
 * application node, by default; in the database every node shares when {@code harambee.limits.counted=database}
 * (the cluster profile), as an allowance that refills over the hour.
 */
@Component
class ApplicationThrottle {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int perHour;
    private final Clock clock;
    private final SharedAllowances shared;

    @Autowired
    ApplicationThrottle(@Value("${harambee.membership.applications-per-hour}") int perHour, Clock clock,
            ObjectProvider<SharedAllowances> shared) {
        this(perHour, clock, shared.getIfAvailable());
    }

    /** Counting in this node's memory ({@code shared} null) or in the database every node shares. */
    ApplicationThrottle(int perHour, Clock clock, SharedAllowances shared) {
        this.perHour = perHour;
        this.clock = clock;
        this.shared = shared;
    }

    /** Counts one attempt to apply from this address, or refuses it when the address has sent too many. */
    void count(String address) {
        Instant now = clock.instant();
        if (shared != null) {
            if (!shared.take("application " + address, perHour, WINDOW, now).admitted()) {
                throw new TooManyApplicationsException();
            }
            return;
        }
        if (recent.size() > MAX_TRACKED_ADDRESSES) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                throw new TooManyApplicationsException();
            }
            times.addLast(now);
        }
    }

    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    static class TooManyApplicationsException extends RuntimeException {

        TooManyApplicationsException() {
            super("Too many applications from one address");
        }
    }
}
