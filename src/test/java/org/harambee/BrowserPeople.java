package org.harambee;

import java.util.Locale;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.Organization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People who sign in through a real browser's sign-in page: accounts with a password of their own (a new account
 * with a role, an organization's representative), and signing one of them in, with a fresh session each time.
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
        invitations.invite(email, name, role, Locale.ENGLISH);
        return withPassword(email);
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
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String password(String email) {
        return "correct horse battery " + email.hashCode();
    }
}
