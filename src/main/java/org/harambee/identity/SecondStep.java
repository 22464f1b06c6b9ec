package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a sign-in, for a person with a second factor: their password was right, but the session is not
 * signed in; it only remembers, for {@value #MINUTES} minutes, whose code it waits for.
 */
@Component
class SecondStep {

    static final long MINUTES = 5;
    private static final String WAITING = SecondStep.class.getName() + ".WAITING";

    private final Clock clock;

    SecondStep(Clock clock) {
        this.clock = clock;
    }

    /** Whose code a session waits for, until when, and the password they gave (when it was set). */
    record Waiting(UUID accountId, String email, Instant passwordChangedAt, Instant until) implements Serializable {
    }

    /** Undoes the sign-in the password made and waits for the person's code instead. */
    void begin(HarambeeUser user, Instant passwordChangedAt, HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(WAITING, new Waiting(user.accountId(), user.email(), passwordChangedAt,
                clock.instant().plus(Duration.ofMinutes(MINUTES))));
    }

    /** Whose code this session waits for; empty when none, or the time for it is over. */
    Optional<Waiting> waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object waiting = session == null ? null : session.getAttribute(WAITING);
        return waiting instanceof Waiting found && clock.instant().isBefore(found.until()) ? Optional.of(found)
                : Optional.empty();
    }

    void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WAITING);
        }
    }
}
