package org.harambee.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a person's password, the same way whichever link brought them: the policy is checked by the form
 * first; the new hash ends every other session (see {@link SignedInAccountCheck}), revokes the other
 * links that could set the password and every personal API token, and forgets the sign-in throttle state of
 * the address.
 */
@Service
class Passwords {

    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SingleUseLinks links;
    private final SignInThrottle throttle;
    private final Accounts accounts;
    private final ApiAccess apiAccess;
    private final Clock clock;

    Passwords(PasswordPolicy policy, PasswordEncoder encoder, SingleUseLinks links, SignInThrottle throttle,
            Accounts accounts, ApiAccess apiAccess, Clock clock) {
        this.accounts = accounts;
        this.apiAccess = apiAccess;
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
        apiAccess.revokeAll(account);
        throttle.clear(account.email());
    }

    /**
     * Whether this is the account's current password. What no password can be (longer than any, or text that is not
     * well-formed, such as a lone surrogate, which the hash function cannot even read) is not checked.
     */
    boolean matches(Account account, String password) {
        return password != null && password.length() <= 2 * PasswordPolicy.MAX_LENGTH && wellFormed(password)
                && account.hasPassword() && encoder.matches(password, account.passwordHash());
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Changes a signed-in person's password (already checked against the policy); their other sessions end. */
    @Transactional
    Account change(UUID accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow();
        set(account, password);
        return account;
    }

    /** The enabled account a still-usable link of this purpose is for. */
    @Transactional(readOnly = true)
    Optional<Account> accountFor(String secret, AccountToken.Purpose purpose) {
        return links.find(secret, purpose).flatMap(token -> accounts.findById(token.accountId()))
                .filter(Account::enabled);
    }

    /**
     * Sets the password of the account a link is for, uses the link up and counts the person as signed in.
     * Empty (and nothing changed) when the link is no longer usable or the account is disabled. The password
     * must have passed the policy.
     */
    @Transactional
    Optional<Account> setWithLink(String secret, AccountToken.Purpose purpose, String password) {
        return links.claim(secret, purpose).flatMap(token -> accounts.findById(token.accountId())
                .filter(Account::enabled).map(account -> {
                    token.use(clock.instant());
                    set(account, password);
                    account.signedIn(clock.instant());
                    return account;
                }));
    }
}
