package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": e-mails a link valid one hour, used once. Works for the real owner whatever an
 * attacker does: it ignores the sign-in throttle, and setting the new password clears it.
 */
@Service
class PasswordResets {

    /** A new link is e-mailed at most this often per account, so that nobody can flood a mailbox. */
    static final Duration MINIMUM_INTERVAL = Duration.ofMinutes(1);

    private final Accounts accounts;
    private final SingleUseLinks links;
    private final Passwords passwords;
    private final Mailer mailer;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Letters letters;

    PasswordResets(Accounts accounts, SingleUseLinks links, Passwords passwords, Mailer mailer, Letters letters,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwords = passwords;
        this.mailer = mailer;
        this.auditLog = auditLog;
        this.clock = clock;
        this.letters = letters;
    }

    /**
     * E-mails a reset link when an enabled account has this address; otherwise does nothing. The caller
     * answers the same either way, and calls this off the request thread so the answer's timing says nothing.
     */
    @Transactional
    void request(String email, Locale locale, String fromAddress) {
        Instant now = clock.instant();
        accounts.findByEmail(Account.normalize(email)).filter(Account::enabled).ifPresent(account -> {
            accounts.lockAll(List.of(account.id()));
            boolean recent = links.lastIssued(account.id(), AccountToken.Purpose.PASSWORD_RESET)
                    .filter(last -> now.isBefore(last.plus(MINIMUM_INTERVAL))).isPresent();
            if (recent) {
                auditLog.recordFrom(fromAddress, "visitor", "password.reset-not-sent", account.email(),
                        "a link was sent less than a minute ago");
                return;
            }
            String link = links.issue(account.id(), AccountToken.Purpose.PASSWORD_RESET, "/password/reset/");
            mailer.send(letters.letter(account.email(), locale, "mail.reset", account.displayName(),
                    letters.networkName(), Letter.SECRET_LINK).withSecretLink(link));
            auditLog.recordFrom(fromAddress, "visitor", "password.reset-requested", account.email(), null);
        });
    }

    /** The account a reset link is for, while the link is usable and the account enabled. */
    Optional<Account> resettable(String secret) {
        return passwords.accountFor(secret, AccountToken.Purpose.PASSWORD_RESET);
    }

    /** Sets the new password and uses the link up; empty (nothing changed) when the link is no longer usable. */
    @Transactional
    Optional<Account> reset(String secret, String password) {
        return passwords.setWithLink(secret, AccountToken.Purpose.PASSWORD_RESET, password).map(account -> {
            auditLog.recordAs(account.email(), "password.reset", account.email(), null);
            auditLog.recordAs(account.email(), "sign-in.succeeded", account.email(), "password reset");
            return account;
        });
    }
}
