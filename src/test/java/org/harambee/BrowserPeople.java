package org.harambee;

import java.util.Locale;
import java.util.UUID;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.Organization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People who sign in through a real browser's sign-in page: accounts with a password of their own (a new account
 * with a role, with an authenticator app when the role requires a second factor; an organization's
 * representative), and signing one of them in, with a fresh session each time (passing the second step with a
 * recovery code where there is one).
 */
public final class BrowserPeople {

    private final Browser browser;
    private final int port;
    private final Invitations invitations;
    private final MembershipFixtures fixtures;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    public BrowserPeople(Browser browser, int port, Invitations invitations, MembershipFixtures fixtures,
            PasswordEncoder passwords, JdbcTemplate jdbc) {
        this.browser = browser;
        this.port = port;
        this.invitations = invitations;
        this.fixtures = fixtures;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    /** A new account with this role and a password of its own; returns its address. */
    public String account(Role role, String name) {
        String email = MembershipFixtures.uniqueEmail(role.name().toLowerCase(Locale.ROOT));
        UUID account = invitations.invite(email, name, role, Locale.ENGLISH);
        withPassword(email);
        fixtures.secondFactors().asRolesRequire(account);
        return email;
    }

    /** The organization's primary contact as its signed-in representative; returns their address. */
    public String representative(Organization organization) {
        fixtures.representativeOf(organization);
        return withPassword(organization.primaryContact().email());
    }

    private String withPassword(String email) {
        jdbc.update("update account set password_hash = ? where email = ?", passwords.encode(password(email)), email);
        return email;
    }

    /** Signs this person in, in a fresh session. */
    public void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(url("/login"), email, password(email));
        if (browser.driver().getCurrentUrl().endsWith("/login/code")) {
            browser.fill("#code", fixtures.secondFactors().code(email));
            browser.clickAndWait("form.card button[type=submit]");
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String password(String email) {
        return "correct horse battery " + email.hashCode();
    }
}
