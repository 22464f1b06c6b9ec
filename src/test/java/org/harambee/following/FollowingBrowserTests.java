package org.harambee.following;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.Browser;
import org.harambee.IntegrationTest;
import org.harambee.Mailbox;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.news.NewsForm;
import org.harambee.news.NewsKind;
import org.harambee.news.NewsSeeding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: a visitor asks to follow by e-mail, opens the link mailed to them, chooses and starts; a member
 * saves a news item from its page, finds it on their list and takes it off, chooses what they follow, and stops
 * the digests from the link of an e-mail.
 */
@IntegrationTest
class FollowingBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @LocalServerPort
    int port;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MembershipFixtures members;
    @Autowired
    NewsSeeding news;
    @Autowired
    FollowingDesk desk;
    @Autowired
    Followers followers;

    @Test
    void aVisitorFollowsByTheLinkMailedToThemAndAMemberSavesChoosesAndStops() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String address = "browser-follower-" + mark + "@example.org";
        browser.open(url("/following/visitors"));
        browser.fill("#email", address);
        browser.clickAndWait("form[action='/following/visitors'] button[type=submit]");
        browser.waitForText("a link is on its way");
        Matcher link = Pattern.compile("(/following/visitor/\\S+)").matcher(Mailbox.bodiesTo(greenMail, address, 1)
                .get(0));
        assertThat(link.find()).isTrue();
        browser.open(url(link.group(1)));
        browser.waitForText("nothing is sent to " + address);
        browser.find("input[name=cadence][value=AT_ONCE]").click();
        browser.clickAndWait("form[action='" + link.group(1) + "'] button[type=submit]");
        browser.waitForText("Your choices are saved.");
        assertThat(browser.text()).contains("E-mails go to " + address);

        HarambeeUser staff = members.account(Role.STAFF);
        NewsForm form = new NewsForm();
        form.setKind(NewsKind.NEWS);
        form.setTitleEn("Worth keeping " + mark);
        form.setBodyEn("A report to read later.");
        Long item = news.write(form, staff);

        String email = "browser-member-" + mark + "@example.org";
        invitations.invite(email, "Browser member", Role.MEMBER, Locale.ENGLISH);
        String password = "correct horse battery " + email.hashCode();
        jdbc.update("update account set password_hash = ? where email = ?", passwords.encode(password), email);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(url("/login"), email, password);
        browser.open(url("/news/" + item));
        browser.clickAndWait("form[action='/saved/news/" + item + "'] button");
        browser.waitForText("Saved to your list.");
        browser.open(url("/saved"));
        browser.clickAndWait(browser.driver().findElement(By.linkText("Worth keeping " + mark)));
        browser.open(url("/saved"));
        browser.clickAndWait("form[action='/saved/news/" + item + "'] button");
        browser.open(url("/saved"));
        browser.waitForText("Nothing saved yet");

        browser.open(url("/following"));
        browser.find("input[name=cadence][value=WEEKLY]").click();
        browser.clickAndWait("form[action='/following'] button[type=submit]");
        browser.waitForText("Your choices are saved.");

        Follower follower = followers.findById(jdbc.queryForObject("select f.id from follower f join account a"
                + " on a.id = f.account_id where a.email = ?", Long.class, email)).orElseThrow();
        browser.open(url("/unsubscribe/" + desk.unsubscribeToken(follower)));
        browser.clickAndWait("form[action^='/unsubscribe/'] button");
        browser.waitForText("You will get no more e-mails about what you follow.");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
