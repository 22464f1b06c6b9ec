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
 * Slows down password guessing without locking anyone out, with state in the database so that every
 * application node sees the same counts. Per submitted e-mail address: see {@link AccountThrottle}. Per
 * client address: at most {@code harambee.sign-in.attempts-per-address-per-minute} (30) attempts a
 * minute. Each refusal streak is audited once. Rows untouched for an hour are purged.
 */
@Service
class SignInThrottle {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final int ATTEMPTS = 3;

    private final AccountThrottles accountThrottles;
    private final AddressThrottles addressThrottles;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final int attemptsPerAddressPerMinute;

    SignInThrottle(AccountThrottles accountThrottles, AddressThrottles addressThrottles, AuditLog auditLog, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${harambee.sign-in.attempts-per-address-per-minute:30}") int attemptsPerAddressPerMinute) {
        this.accountThrottles = accountThrottles;
        this.addressThrottles = addressThrottles;
        this.auditLog = auditLog;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.attemptsPerAddressPerMinute = attemptsPerAddressPerMinute;
    }

    /** Whether the password submitted for this e-mail address may be checked now. */
    boolean admitPasswordCheck(String submittedEmail) {
        String email = emailOf(submittedEmail);
        String key = AccountToken.hash("account\n" + email);
        return retried(() -> ownTransaction.execute(status -> {
            Instant now = clock.instant();
            AccountThrottle throttle = accountThrottles.lock(key)
                    .orElseGet(() -> accountThrottles.saveAndFlush(new AccountThrottle(key, now)));
            boolean admitted = throttle.admit(now);
            if (!admitted && throttle.firstRefusal()) {
                String who = shortened(email);
                auditLog.recordAs(who, "sign-in.throttled", who, throttle.notBefore() == null
                        ? "hourly limit of " + AccountThrottle.CHECKS_PER_HOUR + " passwords reached"
                        : "too many failed sign-ins; next password check after " + throttle.notBefore());
            }
            return admitted;
        }));
    }

    /** The password was right: the failure streak for this address ends. */
    void succeeded(String submittedEmail) {
        String key = AccountToken.hash("account\n" + emailOf(submittedEmail));
        retried(() -> ownTransaction.execute(status -> {
            accountThrottles.lock(key).ifPresent(AccountThrottle::succeeded);
            return true;
        }));
    }

    /** Forgets everything about this e-mail address: its owner has just proven who they are. */
    void clear(String email) {
        accountThrottles.deleteById(AccountToken.hash("account\n" + emailOf(email)));
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

    private static String emailOf(String submitted) {
        String email = Account.normalize(submitted);
        return email == null ? "" : email;
    }

    private static String shortened(String text) {
        return text.length() > 254 ? text.substring(0, 254) : text;
    }

    /** Whether an attempt may go ahead, and if not, how long until it may. */
    record Admission(boolean admitted, long retryAfterSeconds) {
    }
}
