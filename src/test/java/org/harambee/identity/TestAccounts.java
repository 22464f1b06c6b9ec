package org.harambee.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts, client addresses and e-mailed links for identity's integration tests (which share one database). */
final class TestAccounts {

    static final String PASSWORD = "lentil soup at dawn";

    private static String hash;

    private final Accounts accounts;
    private final SecondFactorFixtures secondFactors;

    TestAccounts(Accounts accounts, PasswordEncoder encoder, SecondFactorFixtures secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        synchronized (TestAccounts.class) {
            if (hash == null) {
                hash = encoder.encode(PASSWORD);
            }
        }
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }

    /**
     * An enabled account with {@link #PASSWORD} and these roles, and an authenticator app when one of the roles
     * requires a second factor.
     */
    Account create(Role... roles) {
        Account account = createWithoutSecondFactor(roles);
        secondFactors.asRolesRequire(account.id());
        return reload(account);
    }

    /** An enabled account with {@link #PASSWORD} and these roles, without a second factor whatever the roles. */
    Account createWithoutSecondFactor(Role... roles) {
        Account account = new Account(uniqueEmail("person"), "Test person", Set.of(roles), Instant.now());
        account.changePassword(hash, Instant.now());
        return accounts.save(account);
    }

    Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    /** Signed in as this account (through MockMvc, without the sign-in form). */
    RequestPostProcessor as(Account account) {
        return user(new HarambeeUser(reload(account), null));
    }

    /** A client address no other test uses, so that the per-address limit of one test does not touch another. */
    static RequestPostProcessor fromUniqueAddress() {
        String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return from(address);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The path of the link (such as {@code /invitation/…}) in the latest e-mail to this address; waits up to 10 s. */
    static String linkMailedTo(GreenMailExtension greenMail, String recipient, String path) throws Exception {
        Pattern link = Pattern.compile("https?://\\S+?(" + Pattern.quote(path) + "[A-Za-z0-9_-]{43})");
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = greenMail.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                if (addressedTo(messages[i], recipient)) {
                    Matcher matcher = link.matcher(messages[i].getContent().toString());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail with a " + path + " link reached " + recipient);
    }

    static MimeMessage mailTo(GreenMailExtension greenMail, String recipient) throws Exception {
        return mailTo(greenMail, recipient, "");
    }

    /** Waits (up to 10 s) for an e-mail to this address whose subject starts so. */
    static MimeMessage mailTo(GreenMailExtension greenMail, String recipient, String subjectStart) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (addressedTo(message, recipient) && message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail \"" + subjectStart + "…\" reached " + recipient);
    }

    private static boolean addressedTo(MimeMessage message, String recipient) throws Exception {
        Address[] to = message.getAllRecipients();
        if (to == null) {
            return false;
        }
        for (Address address : to) {
            if (address.toString().equalsIgnoreCase(recipient)) {
                return true;
            }
        }
        return false;
    }

    /** How many times the audit log recorded the action on this account. */
    static int audited(JdbcTemplate jdbc, Account account, String action) {
        Integer count = jdbc.queryForObject("select count(*) from audit_entry where subject = ? and action = ?",
                Integer.class, account.email(), action);
        return count == null ? 0 : count;
    }
}
