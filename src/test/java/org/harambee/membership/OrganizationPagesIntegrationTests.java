package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What each viewer sees of an organization, field by field; who may edit it; logos. A representative can
 * never reach another organization, whether by changing the address or the ids in a form.
 */
@IntegrationTest
class OrganizationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired

    MembershipFixtures fixtures;

    @Test
    void eachViewerSeesOnlyTheFieldsTheyAreClearedFor() throws Exception {
        Organization o = fixtures.organization(MembershipFixtures.unique("Visible Rights Center"),
                MembershipStatus.ACTIVE, true, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.MEMBERS,
                Visibility.STAFF, Visibility.STAFF);
        Person p = o.primaryContact();
        String url = "/organizations/" + o.slug();

        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().string(containsString(o.name())))
                .andExpect(content().string(containsString(p.name())))
                .andExpect(content().string(containsString(p.title())))
                .andExpect(content().string(containsString("Chicago")))
                .andExpect(content().string(not(containsString(p.email()))))
                .andExpect(content().string(not(containsString("555 0100"))))
                .andExpect(content().string(not(containsString("they/them"))))
                .andExpect(content().string(not(containsString("60601"))))
                .andExpect(content().string(not(containsString("$50,000 to $250,000"))))
                .andExpect(content().string(not(containsString("Membership history"))))
                .andExpect(content().string(not(containsString("/edit"))));

        mvc.perform(get(url).with(user(fixtures.account(Role.MEMBER)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(p.email())))
                .andExpect(content().string(containsString("60601")))
                .andExpect(content().string(containsString("$50,000 to $250,000")))
                .andExpect(content().string(not(containsString("555 0100"))))
                .andExpect(content().string(not(containsString("they/them"))))
                .andExpect(content().string(not(containsString("Renewal date"))))
                .andExpect(content().string(not(containsString("/edit"))));

        mvc.perform(get(url).with(user(fixtures.representativeOf(o)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("555 0100")))
                .andExpect(content().string(containsString("they/them")))
                .andExpect(content().string(containsString("Renewal date")))
                .andExpect(content().string(containsString(url + "/edit")))
                .andExpect(content().string(not(containsString("Membership history"))));

        mvc.perform(get(url).with(user(fixtures.account(Role.STAFF)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("555 0100")))
                .andExpect(content().string(containsString("Membership history")))
                .andExpect(content().string(containsString("/staff/members/" + o.id())));
    }

    @Test
    void organizationsThatAreUnlistedOrNotActiveAreNotFoundByThoseWhoMayNotSeeThem() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        HarambeeUser staff = fixtures.account(Role.STAFF);
        Organization unlisted = fixtures.organization(MembershipFixtures.unique("0 Unlisted Org"),
                MembershipStatus.ACTIVE, false);
        Organization listed = fixtures.organization(MembershipFixtures.unique("0 Listed Org"),
                MembershipStatus.ACTIVE, true);
        Organization lapsed = fixtures.organization(MembershipFixtures.unique("0 Lapsed Org"),
                MembershipStatus.LAPSED, true);

        mvc.perform(get("/organizations/" + unlisted.slug())).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/" + unlisted.slug()).with(user(member))).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + lapsed.slug())).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/" + lapsed.slug()).with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/" + lapsed.slug()).with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + lapsed.slug()).with(user(fixtures.representativeOf(lapsed))))
                .andExpect(status().isOk());
        mvc.perform(get("/organizations/no-such-organization-anywhere")).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/no-such-organization-anywhere").with(user(staff)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/organizations")).andExpect(status().isOk())
                .andExpect(content().string(containsString(listed.name())))
                .andExpect(content().string(not(containsString(unlisted.name()))))
                .andExpect(content().string(not(containsString(lapsed.name()))));
        mvc.perform(get("/organizations").with(user(member)))
                .andExpect(content().string(containsString(listed.name())))
                .andExpect(content().string(containsString(unlisted.name())))
                .andExpect(content().string(not(containsString(lapsed.name()))));
        mvc.perform(get("/organizations").param("status", "LAPSED").with(user(staff)))
                .andExpect(content().string(containsString(lapsed.name())))
                .andExpect(content().string(not(containsString(listed.name()))));
        mvc.perform(get("/organizations").param("status", "LAPSED"))
                .andExpect(content().string(not(containsString(lapsed.name()))));
    }

    MockHttpServletRequestBuilder editOf(Organization o, String slug, String... overrides) {
        Person person = o.primaryContact();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", o.name());
        form.put("mission", "Changed mission of " + o.name());
        form.put("type", o.type().name());
        form.put("city", o.city());
        form.put("state", o.stateCode());
        form.put("country", "US");
        form.put("issueAreas", String.valueOf(fixtures.issueArea()));
        form.put("people[0].id", String.valueOf(person.id()));
        form.put("people[0].name", person.name());
        form.put("people[0].email", "changed-" + person.email());
        form.put("primary", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            form.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/organizations/" + slug + "/edit").with(csrf());
        form.forEach(request::param);
        return request;
    }

    String missionOf(Organization o) {
        return jdbc.queryForObject("select mission from organization where id = ?", String.class, o.id());
    }

    @Test
    void twoEditsFromTheSameStartingVersionKeepTheFirstAndBringTheSecondBackWithTheOrganizationAsItIsNow()
            throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Two Editors"), MembershipStatus.ACTIVE,
                false);
        HarambeeUser representative = fixtures.representativeOf(own);
        HarambeeUser staff = fixtures.account(Role.STAFF);
        String version = jdbc.queryForObject("select version from membership where id = ?", String.class, own.id());
        String form = "http://localhost/organizations/" + own.slug() + "/edit";
        mvc.perform(editOf(own, own.slug(), "version", version, "mission", "Mission of the first editor")
                .with(user(representative)).header("Referer", form))
                .andExpect(redirectedUrl("/organizations/" + own.slug()));
        var second = mvc.perform(editOf(own, own.slug(), "version", version, "mission", "Mission of the second editor")
                .with(user(staff)).header("Referer", form)).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/organizations/" + own.slug() + "/edit")).andReturn();
        assertThat(missionOf(own)).isEqualTo("Mission of the first editor");
        mvc.perform(get("/organizations/" + own.slug() + "/edit").with(user(staff)).flashAttrs(second.getFlashMap())
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Otra persona cambió esto mientras usted lo editaba")))
                .andExpect(content().string(containsString("Mission of the first editor")))
                .andExpect(content().string(containsString("name=\"version\" value=\""
                        + jdbc.queryForObject("select version from membership where id = ?", Long.class, own.id()))));
        String now = jdbc.queryForObject("select version from membership where id = ?", String.class, own.id());
        mvc.perform(editOf(own, own.slug(), "version", now, "mission", "Mission of the first editor",
                "people[0].name", "Renamed Contact").with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug()));
        mvc.perform(editOf(own, own.slug(), "version", now, "mission", "Mission of the first editor",
                "people[0].name", "Overwritten Contact").with(user(staff)).header("Referer", form))
                .andExpect(status().isSeeOther());
        assertThat(fixtures.loaded(own.id()).primaryContact().name()).as("a change of people alone counts")
                .isEqualTo("Renamed Contact");
        mvc.perform(editOf(own, own.slug(), "version", version, "mission", "Without a page").with(user(staff)))
                .andExpect(status().isConflict());
        assertThat(missionOf(own)).isEqualTo("Mission of the first editor");
    }

    @Test
    void aRepresentativeEditsTheirOwnOrganizationAndTheChangeOfContactDetailsIsAudited() throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Own Org"), MembershipStatus.ACTIVE, false);
        HarambeeUser representative = fixtures.representativeOf(own);
        mvc.perform(get("/organizations/" + own.slug() + "/edit").with(user(representative)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(own.primaryContact().email())));
        mvc.perform(editOf(own, own.slug(), "people[1].name", "New Colleague", "people[1].email",
                        "colleague@example.org", "people[1].phoneVisibility", "PUBLIC").with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug()));
        Organization saved = fixtures.loaded(own.id());
        assertThat(saved.mission()).isEqualTo("Changed mission of " + own.name());
        assertThat(saved.primaryContact().email()).isEqualTo("changed-" + own.primaryContact().email());
        assertThat(saved.people()).extracting(Person::name).contains("New Colleague");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'membership.contact.changed'"
                + " and subject like ? and details like '%email%' and actor = ?", Long.class, own.name() + "%",
                representative.email())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'membership.contact.added'"
                + " and subject like ?", Long.class, own.name() + "%")).isEqualTo(1);
    }

    @Test
    void aRepresentativeCannotReachAnotherOrganizationBySlugOrById() throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Rep Own"), MembershipStatus.ACTIVE, false);
        Organization other = fixtures.organization(MembershipFixtures.unique("Rep Other"), MembershipStatus.ACTIVE,
                false);
        Organization hidden = fixtures.organization(MembershipFixtures.unique("Rep Hidden"), MembershipStatus.LAPSED,
                false);
        HarambeeUser representative = fixtures.representativeOf(own);

        mvc.perform(get("/organizations/" + other.slug() + "/edit").with(user(representative)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + hidden.slug() + "/edit").with(user(representative)))
                .andExpect(status().isNotFound());
        mvc.perform(editOf(other, other.slug()).with(user(representative))).andExpect(status().isForbidden());
        mvc.perform(editOf(own, other.slug()).with(user(representative))).andExpect(status().isForbidden());
        assertThat(missionOf(other)).doesNotContain("Changed mission");

        Long othersPerson = other.primaryContact().id();
        mvc.perform(editOf(own, own.slug(), "people[0].id", String.valueOf(othersPerson))
                .with(user(representative))).andExpect(status().isNotFound());
        mvc.perform(editOf(own, own.slug(), "people[1].id", String.valueOf(othersPerson), "people[1].name", "Hijacked",
                "people[1].remove", "true").with(user(representative))).andExpect(status().isNotFound());
        assertThat(fixtures.loaded(other.id()).primaryContact().name()).isEqualTo(other.primaryContact().name());
        assertThat(missionOf(own)).doesNotContain("Changed mission");

        mvc.perform(multipart("/organizations/" + other.slug() + "/logo").file(png("logo", 1)).with(csrf())
                .with(user(representative))).andExpect(status().isForbidden());
        mvc.perform(post("/organizations/" + other.slug() + "/withdraw").param("confirm", "true").with(csrf())
                .with(user(representative))).andExpect(status().isForbidden());
        assertThat(fixtures.loaded(other.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
        mvc.perform(post("/staff/members/" + other.id() + "/suspend").param("reason", "x").with(csrf())
                .with(user(representative))).andExpect(status().isForbidden());

        mvc.perform(get("/organizations/" + own.slug() + "/edit").with(user(fixtures.account(Role.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + own.slug() + "/edit").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(editOf(own, own.slug())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/organizations/" + own.slug() + "/edit").with(user(fixtures.account(Role.STAFF))))
                .andExpect(status().isOk());
    }

    @Test
    void editsAreCheckedLikeApplications() throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Checked Org"), MembershipStatus.ACTIVE,
                false);
        Organization taken = fixtures.organization(MembershipFixtures.unique("Taken Name"), MembershipStatus.ACTIVE,
                false);
        HarambeeUser representative = fixtures.representativeOf(own);
        mvc.perform(editOf(own, own.slug(), "name", taken.name().toLowerCase()).with(user(representative)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"name-error\"")));
        mvc.perform(editOf(own, own.slug(), "people[0].phone", "<b>no</b>").with(user(representative)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"people-0--phone-error\"")));
        mvc.perform(editOf(own, own.slug(), "primary", "5").with(user(representative)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("exactly one primary contact")));
        mvc.perform(editOf(own, own.slug(), "people[0].remove", "true").with(user(representative)))
                .andExpect(status().isOk());
        assertThat(fixtures.loaded(own.id()).people()).hasSize(1);
        mvc.perform(editOf(own, own.slug(), "yearFounded", "abc").with(user(representative)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"yearFounded-error\"")));
        assertThat(missionOf(own)).doesNotContain("Changed mission");
    }

    static MockMultipartFile png(String name, int extraBytes) throws Exception {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] bytes = Arrays.copyOf(out.toByteArray(), out.size() + extraBytes);
        return new MockMultipartFile(name, "logo.png", "image/png", bytes);
    }

    @Test
    void aLogoMustReallyBeASmallImageAndIsServedAsOne() throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Logo Org"), MembershipStatus.ACTIVE, true);
        HarambeeUser representative = fixtures.representativeOf(own);
        String url = "/organizations/" + own.slug() + "/logo";

        MockMultipartFile fake = new MockMultipartFile("logo", "logo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes());
        mvc.perform(multipart(url).file(fake).with(csrf()).with(user(representative))).andExpect(status().isOk())
                .andExpect(content().string(containsString("not a PNG, JPEG or WebP image")));
        mvc.perform(multipart(url).file(png("logo", (int) Logos.MAX_BYTES)).with(csrf()).with(user(representative)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("larger than 1 MB")));
        mvc.perform(multipart(url).with(csrf()).with(user(representative))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an image file first")));
        mvc.perform(get(url)).andExpect(status().isNotFound());

        mvc.perform(multipart(url).file(png("logo", 0)).with(csrf()).with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug() + "/edit"));
        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/organizations/" + own.slug())).andExpect(content().string(containsString(url)));

        MockMultipartFile jpegNamedPng = new MockMultipartFile("logo", "photo.gif", "text/plain",
                LogosTests.jpegWithExif(64, 48));
        mvc.perform(multipart(url).file(jpegNamedPng).with(csrf()).with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug() + "/edit"));
        mvc.perform(get(url)).andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(result -> assertThat(LogosTests.markers(result.getResponse().getContentAsByteArray()))
                        .as("served without its EXIF segment").doesNotContain(0xe1));

        mvc.perform(post(url + "/remove").with(csrf()).with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug() + "/edit"));
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }

    @Test
    void aLogoOfTheWrongPixelSizeOrDamagedIsRefusedAtTheField() throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Pixel Org"), MembershipStatus.ACTIVE, true);
        HarambeeUser representative = fixtures.representativeOf(own);
        String url = "/organizations/" + own.slug() + "/logo";

        byte[] bomb = LogosTests.declaringPngSize(LogosTests.png(16, 16), 50_000, 50_000);
        mvc.perform(multipart(url).file(new MockMultipartFile("logo", "logo.png", "image/png", bomb)).with(csrf())
                .with(user(representative))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"logo-error\"")))
                .andExpect(content().string(containsString("wider or taller than 4,000 pixels")));
        mvc.perform(multipart(url).file(new MockMultipartFile("logo", "icon.png", "image/png", LogosTests.png(8, 8)))
                .with(csrf()).with(user(representative)).header("Accept-Language", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"logo-error\"")))
                .andExpect(content().string(containsString("menos de 16 píxeles")));
        byte[] damaged = Arrays.copyOf(LogosTests.jpegWithNoise(300, 200, new java.util.Random(7)), 4000);
        mvc.perform(multipart(url).file(new MockMultipartFile("logo", "logo.jpg", "image/jpeg", damaged)).with(csrf())
                .with(user(representative))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"logo-error\"")))
                .andExpect(content().string(containsString("could not be read")));
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }

    @Test
    void staffManageTheLifecycleAndRepresentativesFromTheMembersPage() throws Exception {
        HarambeeUser staff = fixtures.account(Role.STAFF);
        Organization o = fixtures.organization(MembershipFixtures.unique("Managed Org"), MembershipStatus.ACTIVE, false);
        String page = "/staff/members/" + o.id();
        mvc.perform(post(page + "/suspend").with(csrf()).with(user(staff))).andExpect(redirectedUrl(page));
        assertThat(fixtures.loaded(o.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
        mvc.perform(post(page + "/suspend").param("reason", "Dues unpaid for two years").with(csrf())
                .with(user(staff))).andExpect(redirectedUrl(page));
        assertThat(fixtures.loaded(o.id()).status()).isEqualTo(MembershipStatus.SUSPENDED);
        mvc.perform(post(page + "/renew").with(csrf()).with(user(staff))).andExpect(redirectedUrl(page));
        assertThat(fixtures.loaded(o.id()).status()).isEqualTo(MembershipStatus.SUSPENDED);
        mvc.perform(post(page + "/reinstate").param("reason", "Paid").with(csrf()).with(user(staff)));
        mvc.perform(post(page + "/withdraw").with(csrf()).with(user(staff)));
        Organization withdrawn = fixtures.loaded(o.id());
        assertThat(withdrawn.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(withdrawn.history()).extracting(StatusChange::action).containsExactly(MembershipAction.REGISTERED,
                MembershipAction.SUSPENDED, MembershipAction.REINSTATED, MembershipAction.WITHDREW);
        mvc.perform(get(page).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dues unpaid for two years")))
                .andExpect(content().string(containsString(staff.email())));

        Long person = o.primaryContact().id();
        mvc.perform(post(page + "/people/" + person + "/authorize").with(csrf()).with(user(staff)))
                .andExpect(redirectedUrl(page));
        assertThat(fixtures.loaded(o.id()).primaryContact().representative()).isTrue();
        Organization another = fixtures.organization(MembershipFixtures.unique("Another"), MembershipStatus.ACTIVE,
                false);
        mvc.perform(post(page + "/people/" + another.primaryContact().id() + "/authorize").with(csrf())
                .with(user(staff))).andExpect(status().isNotFound());
    }

    @Test
    void aRepresentativeWithdrawsTheirOrganization() throws Exception {
        Organization own = fixtures.organization(MembershipFixtures.unique("Leaving Org"), MembershipStatus.ACTIVE,
                false);
        HarambeeUser representative = fixtures.representativeOf(own);
        mvc.perform(post("/organizations/" + own.slug() + "/withdraw").with(csrf()).with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug() + "/edit"));
        assertThat(fixtures.loaded(own.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
        mvc.perform(post("/organizations/" + own.slug() + "/withdraw").param("confirm", "true")
                        .param("reason", "Merging with a partner").with(csrf()).with(user(representative)))
                .andExpect(redirectedUrl("/organizations/" + own.slug()));
        Organization withdrawn = fixtures.loaded(own.id());
        assertThat(withdrawn.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(withdrawn.history()).last().satisfies(change -> {
            assertThat(change.actor()).isEqualTo(representative.email());
            assertThat(change.reason()).isEqualTo("Merging with a partner");
        });
    }
}
