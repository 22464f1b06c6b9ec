package org.harambee.membership;

import java.time.Clock;
import java.time.Duration;
import org.harambee.site.Allowances;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Applying sends e-mail to an address the visitor types, so one network address may send only so many
 * applications an hour ({@code harambee.membership.applications-per-hour}); beyond that the answer is 429. Every
 * attempt counts, valid or not, so that nobody tries names and addresses without end. An allowance of that many
 * that refills over the hour, counted where {@link Allowances} counts (each node's memory by default, the database
 * every node shares in the cluster profile).
 */
@Component
class ApplicationThrottle {

    private static final Duration HOUR = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Allowances allowances;

    ApplicationThrottle(@Value("${harambee.membership.applications-per-hour}") int perHour, Clock clock,
            Allowances allowances) {
        this.perHour = perHour;
        this.clock = clock;
        this.allowances = allowances;
    }

    /** Counts one attempt to apply from this address, or refuses it when the address has sent too many. */
    void count(String address) {
        if (!allowances.take("application " + address, perHour, HOUR, clock.instant()).admitted()) {
            throw new TooManyApplicationsException();
        }
    }

    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    static class TooManyApplicationsException extends RuntimeException {

        TooManyApplicationsException() {
            super("Too many applications from one address");
        }
    }
}
