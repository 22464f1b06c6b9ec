package org.harambee.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There are no default credentials. While no account is an administrator, each start logs a fresh
 * single-use setup link (older ones stop working) where the first administrator enters their name,
 * e-mail address and password.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final SingleUseLinks links;
    private final Passwords passwords;
    private final AuditLog auditLog;
    private final Clock clock;

    FirstAdministrator(Accounts accounts, SingleUseLinks links, Passwords passwords, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerSetupLink() {
        issueLinkIfNoAdministrator().ifPresent(link -> log.warn("""

                ==========================================================================
                 No administrator yet. Open this single-use link within 24 hours to create
                 the first administrator account (restarting issues a new link):
                 {}
                ==========================================================================""", link));
    }

    /** A fresh setup link, revoking older ones, when no account is an administrator yet. */
    @Transactional
    Optional<String> issueLinkIfNoAdministrator() {
        if (accounts.existsByRolesContaining(Role.ADMIN)) {
            return Optional.empty();
        }
        links.revokeAll(AccountToken.Purpose.SETUP);
        auditLog.recordAs("system", "setup.link-issued", null, null);
        return Optional.of(links.issue(null, AccountToken.Purpose.SETUP, "/setup/"));
    }

    /** Whether this setup link can still be used: it is valid and nobody is an administrator yet. */
    @Transactional(readOnly = true)
    boolean usable(String secret) {
        return links.find(secret, AccountToken.Purpose.SETUP).isPresent()
                && !accounts.existsByRolesContaining(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    boolean emailTaken(String email) {
        return accounts.findByEmail(Account.normalize(email)).isPresent();
    }

    /**
     * Creates the first administrator and uses the link up. Empty, with nothing changed, when the link is
     * no longer usable, an administrator exists already, or the e-mail address is taken.
     */
    @Transactional
    Optional<Account> complete(String secret, SetupForm form) {
        return links.claim(secret, AccountToken.Purpose.SETUP)
                .filter(token -> !accounts.existsByRolesContaining(Role.ADMIN) && !emailTaken(form.getEmail()))
                .map(token -> {
                    token.use(clock.instant());
                    Account account = accounts.save(new Account(form.getEmail(), form.getDisplayName().strip(),
                            Set.of(Role.ADMIN), clock.instant()));
                    passwords.set(account, form.getPassword());
                    account.signedIn(clock.instant());
                    auditLog.recordAs(account.email(), "setup.administrator-created", account.email(), null);
                    auditLog.recordAs(account.email(), "role.granted", account.email(), Role.ADMIN.name());
                    auditLog.recordAs(account.email(), "sign-in.succeeded", account.email(), "first administrator setup");
                    return account;
                });
    }
}
