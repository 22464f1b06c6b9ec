package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without locking the owner out, with state in the database so that every
 * application node sees the same counts. Per submitted e-mail address, the pacing of {@link AccountThrottle}
 * applies separately to each browser holding a device cookie for that address ({@link DeviceCookies}) and to all
 * other browsers together: an attacker elsewhere slows only the browsers that never signed in to the account. A
 * right password uses none of the allowance. Per client address: at most
 * {@code harambee.sign-in.attempts-per-address-per-minute} (30) attempts a minute. Each refusal streak is audited
 * once. Rows untouched for an hour are purged.
 */
@Service
class SignInThrottle {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final int ATTEMPTS = 3;

    private final AccountThrottles accountThrottles;
    private final AddressThrottles addressThrottles;
    private final AuditLog auditLog;
    private final SignInAudit signInAudit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final int attemptsPerAddressPerMinute;

    SignInThrottle(AccountThrottles accountThrottles, AddressThrottles addressThrottles, AuditLog auditLog,
            SignInAudit signInAudit, Clock clock, PlatformTransactionManager transactions,
            @Value("${harambee.sign-in.attempts-per-address-per-minute:30}") int attemptsPerAddressPerMinute) {
        this.accountThrottles = accountThrottles;
        this.addressThrottles = addressThrottles;
        this.auditLog = auditLog;
        this.signInAudit = signInAudit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.attemptsPerAddressPerMinute = attemptsPerAddressPerMinute;
    }

    /**
     * Counts an attempt to sign in with this e-mail address from this device ({@code device}: the id of a genuine
     * device cookie for the address, or null); whether its password may be checked now, and if not, how long until
     * it may.
     */
    Admission admitPasswordCheck(String submittedEmail, String device) {
        return admit(Step.PASSWORD, submittedEmail, device);
    }

    /**
     * Counts an attempt at the second step of a sign-in (a code) for this account from this device, paced as
     * passwords are and counted apart from them; whether the code may be checked now, and if not, how long until it
     * may.
     */
    Admission admitSecondStep(String email, String device) {
        return admit(Step.CODE, email, device);
    }

    /** The second step succeeded: as {@link #succeeded} for the password. */
    void secondStepSucceeded(String email, String device) {
        String key = keyOf(Step.CODE, emailOf(email), device);
        retried(() -> ownTransaction.execute(status -> {
            accountThrottles.lock(key).ifPresent(AccountThrottle::succeeded);
            return true;
        }));
    }

    /** What an attempt tries: a password, or the code of the second step. */
    private enum Step {
        PASSWORD, CODE
    }

    private Admission admit(Step step, String submittedEmail, String device) {
        String email = emailOf(submittedEmail);
        String key = keyOf(step, email, device);
        return retried(() -> ownTransaction.execute(status -> {
            Instant now = clock.instant();
            AccountThrottle throttle = accountThrottles.lock(key)
                    .orElseGet(() -> accountThrottles.saveAndFlush(new AccountThrottle(key, now)));
            boolean admitted = throttle.admit(now);
            if (!admitted && throttle.firstRefusal()) {
                signInAudit.throttled(email, (device == null ? "from browsers without a device cookie: "
                        : "from one browser with a device cookie: ") + (step == Step.CODE ? "second step: " : "")
                        + (throttle.notBefore() == null
                        ? "hourly limit of " + AccountThrottle.CHECKS_PER_HOUR + " failed attempts reached"
                        : "too many failed sign-ins; next check after " + throttle.notBefore()));
            }
            return new Admission(admitted, admitted ? 0 : throttle.secondsToWait(now));
        }));
    }

    /** The password was right: the failure streak of this device ends, and this check used none of its allowance. */
    void succeeded(String submittedEmail, String device) {
        String key = keyOf(Step.PASSWORD, emailOf(submittedEmail), device);
        retried(() -> ownTransaction.execute(status -> {
            accountThrottles.lock(key).ifPresent(AccountThrottle::succeeded);
            return true;
        }));
    }

    /**
     * Forgets the attempts from browsers without a device cookie for this address: its owner has just proven who
     * they are (a device's own count ends within the hour).
     */
    void clear(String email) {
        accountThrottles.deleteById(keyOf(Step.PASSWORD, emailOf(email), null));
    }

    /** Counts a sign-in attempt (or reset request) from this client address; whether it is within the limit. */
    Admission admitAddress(String clientAddress) {
        String key = AccountToken.hash("address\n" + clientAddress);
        return retried(() -> ownTransaction.execute(status -> {
            Instant now = clock.instant();
            AddressThrottle throttle = addressThrottles.lock(key)
                    .orElseGet(() -> addressThrottles.saveAndFlush(new AddressThrottle(key, now)));
            boolean admitted = throttle.admit(now, attemptsPerAddressPerMinute);
            if (!admitted && throttle.firstRefusal(attemptsPerAddressPerMinute)) {
                auditLog.recordAs("visitor", "sign-in.rate-limited", null,
                        "more than " + attemptsPerAddressPerMinute + " attempts in a minute from this address");
            }
            return new Admission(admitted, throttle.secondsUntilNextWindow(now));
        }));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void purge() {
        ownTransaction.executeWithoutResult(status -> {
            Instant before = clock.instant().minus(KEPT);
            accountThrottles.deleteUpdatedBefore(before);
            addressThrottles.deleteUpdatedBefore(before);
        });
    }

    /** Two nodes may create the same row at once; the loser tries again and finds the winner's row. */
    private static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private static String keyOf(Step step, String email, String device) {
        String key = device == null ? "account\n" + email : "device\n" + device + "\n" + email;
        return AccountToken.hash(step == Step.PASSWORD ? key : "code\n" + key);
    }

    private static String emailOf(String submitted) {
        String email = Account.normalize(submitted);
        return email == null ? "" : email;
    }

    /** Whether an attempt may go ahead, and if not, how long until it may. */
    record Admission(boolean admitted, long retryAfterSeconds) {
    }
}
