package org.harambee.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: one account per role, with an e-mail address such as {@code member@demo.harambee.invalid}
 * and a random password printed once in the log; the roles that require a second factor get an authenticator app
 * too, its key printed with the password (add it to an authenticator app to sign in). Called by the demo-network seeder, never at startup by
 * identity itself, so a real installation never has them.
 */
@Service
@NamedInterface(name = "seeding", propagate = false)
public class DemoAccounts {

    /** A demo account, for the seeder to link (the representative to an organization, for example). */
    @NamedInterface(name = "seeding", propagate = false)
    public record DemoAccount(Role role, String email, UUID accountId) {
    }

    static final String DOMAIN = "demo.harambee.invalid";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final UserDetailsService users;
    private final SecondFactors secondFactors;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder, AuditLog auditLog, Clock clock,
            UserDetailsService users, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.users = users;
        this.secondFactors = secondFactors;
    }

    /** The demo account of this role as a signed-in person (created if need be), for the seeders to act as. */
    public HarambeeUser user(Role role) {
        return (HarambeeUser) users.loadUserByUsername(createOnce().stream()
                .filter(account -> account.role() == role).findFirst().orElseThrow().email());
    }

    /**
     * Creates the demo accounts that do not exist yet, prints the new ones' passwords once inside a banner,
     * and returns every demo account, one per role, created now or before.
     */
    @Transactional
    public List<DemoAccount> createOnce() {
        List<DemoAccount> all = new ArrayList<>();
        List<String> created = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String email = name + "@" + DOMAIN;
            Account account = accounts.findByEmail(email).orElseGet(() -> {
                String password = randomPassword();
                Account demo = new Account(email, "Demo " + name, Set.of(role), clock.instant());
                demo.changePassword(encoder.encode(password), clock.instant());
                auditLog.recordAs("system", "account.demo-created", email, role.name());
                created.add("DEMO ACCOUNT " + name + " " + email + " " + password);
                return accounts.save(demo);
            });
            if (role.wantsSecondFactor() && !account.hasSecondFactor()) {
                String key = secondFactors.demoAuthenticator(account.id());
                created.add("DEMO AUTHENTICATOR " + name + " " + key);
            }
            all.add(new DemoAccount(role, account.email(), account.id()));
        }
        if (!created.isEmpty()) {
            log.warn("""

                    ==========================================================================
                     DEMO DATA: every organization, person and account on this site is
                     invented for demonstration. Do not enter real information.
                     Demo accounts (passwords and authenticator keys are shown this once only;
                     type a key into an authenticator app, time-based, six digits):
                    {}
                    ==========================================================================""",
                    String.join("\n", created));
        }
        return List.copyOf(all);
    }

    /** 144 random bits, URL-safe: long, unique, and never in the common-passwords list. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
