package org.harambee.identity;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.site.InstallationKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factors: passkeys (several, named), an authenticator app (its key sealed with the installation
 * key) and ten single-use recovery codes (kept as keyed hashes), made with the first factor and kept while any is
 * left. Every change (adding or removing a passkey or the app, new recovery codes, an administrator's reset) ends
 * the person's other sessions, is audited and is told to the person by e-mail; a recovery code used to sign in is
 * told too, with how many are left.
 */
@Service
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    /** What the sealed key of an authenticator app is sealed for. */
    static final String SEALED_FOR = "authenticator";
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final Authenticators authenticators;
    private final JdbcTemplate jdbc;
    private final InstallationKey installationKey;
    private final AuditLog auditLog;
    private final Mailer mailer;
    private final Letters letters;
    private final ApiAccess apiAccess;
    private final RelyingParty relyingParty;
    private final PasskeyHolders holders;
    private final UserCredentialRepository passkeys;
    private final Clock clock;

    SecondFactors(Accounts accounts, Authenticators authenticators, JdbcTemplate jdbc, InstallationKey installationKey,
            AuditLog auditLog, Mailer mailer, Letters letters, ApiAccess apiAccess, RelyingParty relyingParty,
            PasskeyHolders holders, UserCredentialRepository passkeys, Clock clock) {
        this.accounts = accounts;
        this.authenticators = authenticators;
        this.jdbc = jdbc;
        this.installationKey = installationKey;
        this.auditLog = auditLog;
        this.mailer = mailer;
        this.letters = letters;
        this.apiAccess = apiAccess;
        this.relyingParty = relyingParty;
        this.holders = holders;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    /** An authenticator app being added: its key, sealed (kept in the session until a code of it is typed). */
    record Candidate(String sealedSecret) implements Serializable {
    }

    /** A passkey being made: the challenge its browser is to sign, kept in the session until the passkey comes. */
    record PasskeyCandidate(byte[] challenge) implements Serializable {
    }

    /** What a browser is to make a passkey with (JSON), and what the session keeps until it comes back. */
    record PasskeyCeremony(String options, PasskeyCandidate candidate) {
    }

    @Transactional(readOnly = true)
    SecondFactorStanding standing(UUID accountId) {
        return new SecondFactorStanding(authenticators.findById(accountId).map(Authenticator::addedAt).orElse(null),
                passkeysOf(accountId), recoveryCodesLeft(accountId));
    }

    private List<SecondFactorStanding.Passkey> passkeysOf(UUID accountId) {
        return jdbc.query("select c.credential_id, c.label, c.created, c.last_used from user_credentials c "
                + "join account a on a.passkey_handle = c.user_entity_user_id where a.id = ? order by c.created",
                (row, n) -> new SecondFactorStanding.Passkey(row.getString(1), row.getString(2),
                        row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant()), accountId);
    }

    /** Options for the person's browser to make a new passkey with (their passkeys are not made again). */
    @Transactional
    PasskeyCeremony newPasskey(UUID accountId) {
        Bytes challenge = Bytes.random();
        return new PasskeyCeremony(relyingParty.json(relyingParty.creationOptions(holders.of(accountId), challenge)),
                new PasskeyCandidate(challenge.getBytes()));
    }

    /**
     * Keeps the passkey the person's browser made for the candidate, under the name they gave it; returns new
     * recovery codes when they had none (empty otherwise: theirs still work).
     */
    @Transactional
    List<String> addPasskey(UUID accountId, PasskeyCandidate candidate, String made, String label, Locale locale)
            throws RelyingParty.Refused {
        Account account = accounts.findById(accountId).orElseThrow();
        relyingParty.register(relyingParty.creationOptions(holders.of(accountId), new Bytes(candidate.challenge())),
                made, label);
        Instant now = clock.instant();
        List<String> codes = recoveryCodesLeft(accountId) == 0 ? makeRecoveryCodes(accountId, now) : List.of();
        changed(account, true, now, "second-factor.passkey-added", locale);
        return codes;
    }

    /** Removes one of the person's passkeys (nothing when the id is not one of theirs); true when one was. */
    @Transactional
    boolean removePasskey(UUID accountId, String passkeyId, Locale locale) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (passkeysOf(accountId).stream().noneMatch(passkey -> passkey.id().equals(passkeyId))) {
            return false;
        }
        passkeys.delete(Bytes.fromBase64(passkeyId));
        changed(account, keepRecoveryCodesIfAnyLeft(accountId), clock.instant(), "second-factor.passkey-removed",
                locale);
        return true;
    }

    /**
     * What a browser is to show a passkey with to sign in: any passkey of this site, or, at the second step of a
     * sign-in, one of the person's.
     */
    @Transactional(readOnly = true)
    PublicKeyCredentialRequestOptions signInOptions(Optional<UUID> waitingFor) {
        return relyingParty.requestOptions(waitingFor.flatMap(holders::handle).map(passkeys::findByUserId)
                .orElse(List.of()));
    }

    /** Whose passkey the browser showed, once it passed every check. */
    @Transactional
    UUID signInWithPasskey(PublicKeyCredentialRequestOptions options, String shown) throws RelyingParty.Refused {
        return holders.accountOf(relyingParty.authenticate(options, shown));
    }

    /** A new key for an authenticator app, not yet the person's: {@link #addAuthenticator} makes it theirs. */
    Candidate candidate() {
        return new Candidate(installationKey.seal(SEALED_FOR, Totp.newSecret()));
    }

    /** The key of a candidate, for its QR code and to type; empty if it was not sealed here. */
    Optional<byte[]> secretOf(Candidate candidate) {
        return candidate == null ? Optional.empty() : installationKey.unseal(SEALED_FOR, candidate.sealedSecret());
    }

    /**
     * Makes the candidate the person's authenticator app (replacing one they had) once they typed a code it shows
     * now; returns new recovery codes when they had none left (empty otherwise: theirs still work), or empty with
     * nothing changed when the code is not the app's.
     */
    @Transactional
    Optional<List<String>> addAuthenticator(UUID accountId, Candidate candidate, String code, Locale locale) {
        byte[] secret = secretOf(candidate).orElse(null);
        Instant now = clock.instant();
        if (secret == null) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Account account = accounts.findById(accountId).orElseThrow();
        authenticators.findById(accountId).ifPresentOrElse(
                had -> had.replace(candidate.sealedSecret(), step.getAsLong(), now),
                () -> authenticators.save(new Authenticator(accountId, candidate.sealedSecret(), step.getAsLong(),
                        now)));
        List<String> codes = recoveryCodesLeft(accountId) == 0 ? makeRecoveryCodes(accountId, now) : List.of();
        changed(account, true, now, "second-factor.authenticator-added", locale);
        return Optional.of(codes);
    }

    /**
     * Demo mode only: an authenticator app for a demo account whose role requires a second factor; its key is
     * returned (Base32) for the start-up banner that shows the demo passwords, instead of on a page. No recovery
     * codes, no e-mail: demo addresses receive none.
     */
    @Transactional
    String demoAuthenticator(UUID accountId) {
        byte[] secret = Totp.newSecret();
        Instant now = clock.instant();
        authenticators.save(new Authenticator(accountId, installationKey.seal(SEALED_FOR, secret),
                Totp.stepAt(now) - 2, now));
        accounts.findById(accountId).orElseThrow().secondFactorChanged(true, now);
        return Totp.base32(secret);
    }

    /** Removes the person's authenticator app (and their recovery codes, when it was their last factor). */
    @Transactional
    void removeAuthenticator(UUID accountId, Locale locale) {
        Account account = accounts.findById(accountId).orElseThrow();
        authenticators.deleteById(accountId);
        changed(account, keepRecoveryCodesIfAnyLeft(accountId), clock.instant(), "second-factor.authenticator-removed",
                locale);
    }

    /** Whether the person has a second factor left; their recovery codes go with the last one (its fallback). */
    private boolean keepRecoveryCodesIfAnyLeft(UUID accountId) {
        boolean left = authenticators.existsById(accountId) || !passkeysOf(accountId).isEmpty();
        if (!left) {
            jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        }
        return left;
    }

    /** Ten new recovery codes for a person with an authenticator app; the old ones stop working. */
    @Transactional
    List<String> newRecoveryCodes(UUID accountId, Locale locale) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.hasSecondFactor()) {
            throw new IllegalStateException("Recovery codes are a fallback for a second factor; there is none");
        }
        Instant now = clock.instant();
        List<String> codes = makeRecoveryCodes(accountId, now);
        changed(account, true, now, "second-factor.recovery-codes-made", locale);
        return codes;
    }

    /**
     * An administrator removes every second factor of an account whose owner lost them, after checking who they are
     * out of band: the owner signs in with their password alone and sets one up again. Their sessions and API
     * tokens end; they are told by e-mail in every language of the network.
     */
    @Transactional
    void reset(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        authenticators.findById(accountId).ifPresent(authenticators::delete);
        jdbc.update("delete from user_credentials where user_entity_user_id = (select passkey_handle from account "
                + "where id = ?)", accountId);
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        account.secondFactorChanged(false, clock.instant());
        apiAccess.revokeAll(account);
        auditLog.record("second-factor.reset", account.email(), null);
        mailer.send(Letter.to(account.email(),
                letters.lineInEveryLanguage(locale -> letters.text("mail.secondFactorReset.subject", locale,
                        letters.networkName())),
                letters.inEveryLanguage(locale -> letters.text("mail.secondFactorReset.body", locale,
                        account.displayName(), letters.networkName(), letters.link("/account/security")))));
    }

    /** What proved the second step of a sign-in. */
    enum Proof {
        AUTHENTICATOR, RECOVERY_CODE
    }

    /**
     * Checks the second step of a sign-in: a code of the person's authenticator app (never one accepted before) or
     * one of their recovery codes (used up by it, and told by e-mail); empty when it is neither.
     */
    @Transactional
    Optional<Proof> prove(UUID accountId, String typed, Locale locale) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        Optional<Authenticator> app = authenticators.lock(accountId);
        Instant now = clock.instant();
        if (app.isPresent() && installationKey.unseal(SEALED_FOR, app.get().sealedSecret())
                .map(secret -> app.get().accept(secret, typed, now)).orElse(false)) {
            return Optional.of(Proof.AUTHENTICATOR);
        }
        String hash = recoveryHash(accountId, typed);
        if (hash != null && jdbc.update("delete from account_recovery_code where account_id = ? and code_hash = ?",
                accountId, hash) == 1) {
            Account account = accounts.findById(accountId).orElseThrow();
            int left = recoveryCodesLeft(accountId);
            auditLog.recordAs(account.email(), "second-factor.recovery-code-used", account.email(), left + " left");
            mailer.send(letters.letter(account.email(), locale, "mail.recoveryCodeUsed", account.displayName(),
                    letters.networkName(), left, letters.link("/account/security")));
            return Optional.of(Proof.RECOVERY_CODE);
        }
        return Optional.empty();
    }

    int recoveryCodesLeft(UUID accountId) {
        Integer left = jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ?",
                Integer.class, accountId);
        return left == null ? 0 : left;
    }

    private List<String> makeRecoveryCodes(UUID accountId, Instant now) {
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            if (!codes.contains(shown)) {
                codes.add(shown);
                jdbc.update("insert into account_recovery_code (account_id, code_hash, made_at) values (?, ?, ?)",
                        accountId, recoveryHash(accountId, shown), Timestamp.from(now));
            }
        }
        return codes;
    }

    /**
     * A recovery code as kept: keyed with the installation key, so a copy of the database does not let anyone try
     * codes offline; typed with or without its dash, in either case. Null for what cannot be a code.
     */
    private String recoveryHash(UUID accountId, String typed) {
        String code = typed.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (!code.matches("[" + CODE_ALPHABET + "]{10}")) {
            return null;
        }
        return installationKey.sign("recovery-code", accountId + "\n" + code);
    }

    private void changed(Account account, boolean left, Instant now, String action, Locale locale) {
        account.secondFactorChanged(left, now);
        auditLog.record(action, account.email(), null);
        mailer.send(letters.letter(account.email(), locale, "mail.secondFactorChanged", account.displayName(),
                letters.networkName(), letters.text("audit.action." + action, locale),
                letters.link("/account/security")));
    }
}
