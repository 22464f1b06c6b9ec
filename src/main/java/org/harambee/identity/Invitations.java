package org.harambee.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.harambee.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings people in: gives an account a role and e-mails a single-use link where they set their
 * password. Used by membership when staff approve an application.
 */
@Service
public class Invitations {

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog auditLog;
    private final String baseUrl;
    private final String networkName;

    Invitations(Accounts accounts, AccountTokens tokens, Mailer mailer, MessageSource messages, AuditLog auditLog,
            @Value("${harambee.base-url}") String baseUrl, @Value("${harambee.network-name}") String networkName) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.messages = messages;
        this.auditLog = auditLog;
        this.baseUrl = baseUrl;
        this.networkName = networkName;
    }

    /**
     * Creates the account for this e-mail address if there is none (or grants the role to the existing
     * one) and e-mails an invitation link, in the person's language. Returns the account's id.
     */
    @Transactional
    public UUID invite(String email, String displayName, Role role, Locale locale) {
        Account account = accounts.findByEmail(Account.normalize(email))
                .orElseGet(() -> accounts.save(new Account(email, displayName, java.util.Set.of())));
        if (account.grant(role)) {
            auditLog.record("role.granted", account.email(), role.name());
        }
        AccountToken.Issued issued = AccountToken.issue(account.id(), AccountToken.Purpose.INVITATION, Instant.now());
        tokens.save(issued.token());
        String link = baseUrl + "/invitation/" + issued.secret();
        mailer.send(account.email(),
                messages.getMessage("mail.invitation.subject", new Object[] {networkName}, locale),
                messages.getMessage("mail.invitation.body", new Object[] {displayName, networkName, link}, locale));
        auditLog.record("account.invited", account.email(), role.name());
        return account.id();
    }
}
