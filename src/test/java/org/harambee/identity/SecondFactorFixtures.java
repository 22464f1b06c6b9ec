package org.harambee.identity;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Second factors for the people tests make: the roles that require one (staff, administrators, treasurers,
 * election officers) get an authenticator app set up as its owner would (a code of it typed against the real
 * service), so their roles can be used; their recovery codes are kept here to pass the second step of a sign-in
 * through the pages, one code per sign-in (new ones once used up).
 */
@Component
public class SecondFactorFixtures {

    private final SecondFactors secondFactors;
    private final Accounts accounts;
    private final Clock clock;
    private final Map<UUID, Deque<String>> recoveryCodes = new ConcurrentHashMap<>();

    SecondFactorFixtures(SecondFactors secondFactors, Accounts accounts, Clock clock) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Sets up an authenticator app for the account when one of its roles requires a second factor. */
    public void asRolesRequire(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.hasSecondFactor() || account.roles().stream().noneMatch(Role::wantsSecondFactor)) {
            return;
        }
        SecondFactors.Candidate candidate = secondFactors.candidate();
        byte[] secret = secondFactors.secretOf(candidate).orElseThrow();
        String code = Totp.code(secret, Totp.stepAt(clock.instant()));
        recoveryCodes.put(accountId, new ArrayDeque<>(secondFactors.addAuthenticator(accountId, candidate, code,
                Locale.ENGLISH).orElseThrow()));
    }

    /** A code that passes this person's second step once. */
    public String code(String email) {
        UUID accountId = accounts.findByEmail(email).orElseThrow().id();
        Deque<String> codes = recoveryCodes.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        synchronized (codes) {
            if (codes.isEmpty()) {
                codes.addAll(secondFactors.newRecoveryCodes(accountId, Locale.ENGLISH));
            }
            return codes.pop();
        }
    }
}
