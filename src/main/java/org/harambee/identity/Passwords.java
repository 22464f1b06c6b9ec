package org.harambee.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a person's password, the same way whichever link brought them: the policy is checked by the form
 * first; the new hash ends every other session (see {@link SignedInAccountCheck}), revokes the other
 * links that could set the password, and forgets the sign-in throttle state of the address.
 */
@Service
class Passwords {

    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SingleUseLinks links;
    private final SignInThrottle throttle;
    private final Clock clock;

    Passwords(PasswordPolicy policy, PasswordEncoder encoder, SingleUseLinks links, SignInThrottle throttle,
            Clock clock) {
        this.policy = policy;
        this.encoder = encoder;
        this.links = links;
        this.throttle = throttle;
        this.clock = clock;
    }

    Optional<PasswordPolicy.Refusal> refusal(String password, String email) {
        return policy.check(password, email);
    }

    @Transactional
    void set(Account account, String password) {
        if (policy.check(password, account.email()).isPresent()) {
            throw new IllegalArgumentException("The password was not checked against the policy");
        }
        account.changePassword(encoder.encode(password), clock.instant());
        links.revokePasswordLinks(account.id());
        throttle.clear(account.email());
    }
}
