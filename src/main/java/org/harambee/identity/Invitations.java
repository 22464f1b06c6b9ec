package org.harambee.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings people in: gives an account a role and e-mails a single-use link where they set their
 * password. Used by membership when staff approve an application, and by administrators.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class Invitations {

    private final Accounts accounts;
    private final SingleUseLinks links;
    private final Passwords passwords;
    private final Mailer mailer;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Letters letters;

    Invitations(Accounts accounts, SingleUseLinks links, Passwords passwords, Mailer mailer, Letters letters,
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
     * Creates the account for this e-mail address if there is none (or grants the role to the existing
     * one) and e-mails an invitation link, in the person's language. Someone who already has a password
     * is told of the new role instead and signs in as usual. Returns the account's id.
     */
    @Transactional
    public UUID invite(String email, String displayName, Role role, Locale locale) {
        Account account = accounts.findByEmail(Account.normalize(email))
                .orElseGet(() -> accounts.save(new Account(email, displayName, Set.of(), clock.instant())));
        if (account.grant(role)) {
            auditLog.record("role.granted", account.email(), role.name());
        }
        String roleName = letters.text("role." + role.name(), locale);
        if (account.hasPassword()) {
            mailer.send(letters.letter(account.email(), locale, "mail.roleGranted", displayName, letters.networkName(),
                    roleName, letters.link("/login")));
            auditLog.record("account.role-notified", account.email(), role.name());
            return account.id();
        }
        String link = links.issue(account.id(), AccountToken.Purpose.INVITATION, "/invitation/");
        mailer.send(letters.letter(account.email(), locale, "mail.invitation", displayName, letters.networkName(),
                Letter.SECRET_LINK, roleName).withSecretLink(link));
        auditLog.record("account.invited", account.email(), role.name());
        return account.id();
    }

    /** The account an invitation link is for, while the link is usable and the account enabled. */
    Optional<Account> invited(String secret) {
        return passwords.accountFor(secret, AccountToken.Purpose.INVITATION);
    }

    /**
     * Sets the invited person's password and uses the link up. Empty (and nothing changed) when the link is
     * no longer usable. The password must have passed {@link NewPasswordForm#check}.
     */
    @Transactional
    Optional<Account> accept(String secret, String password) {
        return passwords.setWithLink(secret, AccountToken.Purpose.INVITATION, password).map(account -> {
            auditLog.recordAs(account.email(), "invitation.accepted", account.email(), null);
            auditLog.recordAs(account.email(), "sign-in.succeeded", account.email(), "invitation accepted");
            return account;
        });
    }
}
