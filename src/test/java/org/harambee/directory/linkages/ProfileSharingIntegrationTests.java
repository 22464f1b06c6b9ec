package org.harambee.directory.linkages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import org.harambee.IntegrationTest;
import org.harambee.identity.Role;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A public profile describes itself for search engines and link previews and can be shared; a members-only
 * profile is described to nobody and asks not to be indexed.
 */
@IntegrationTest
class ProfileSharingIntegrationTests {

    @Autowired
    LinkagesFixtures fixtures;
    @Autowired
    MockMvc mvc;

    @Test
    void publicProfilesCarryOpenGraphJsonLdAndShareLinks() throws Exception {
        String slug = fixtures.organization(LinkagesFixtures.unique("Shared Housing Alliance"), MembershipStatus.ACTIVE,
                true, false, Set.of(fixtures.area("housing")), Set.of(25), "NM", Set.of(Capacity.RESEARCH), Set.of());
        String page = mvc.perform(get("/organizations/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<meta property=\"og:title\" content=\"Shared Housing Alliance",

                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NGO\"",
                "\"addressRegion\":\"New Mexico\"", "\"knowsAbout\":[\"Housing and homelessness\"]",
                "href=\"https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%3A",
                "href=\"https://bsky.app/intent/compose?text=", "href=\"https://x.com/intent/post?text=",
                "href=\"https://mastodonshare.com/?text=", "href=\"https://www.linkedin.com/sharing/share-offsite/?url=",
                "href=\"mailto:?subject=", "<script src=\"/js/share-",
                "href=\"/directory?issue=housing\"", "href=\"/directory?right=25\"", "href=\"/directory?offer=RESEARCH\"");
        assertThat(page).containsPattern("<meta property=\"og:url\" content=\"http://localhost:\\d+/organizations/" + slug + "\">");
        assertThat(page).doesNotContain("noindex");
        assertThat(page.replaceAll("<script type=\"application/ld\\+json\">|<script src=\"/[^\"]+\" defer></script>", ""))
                .as("no other script").doesNotContain("<script");
    }

    @Test
    void membersOnlyProfilesAreNotDescribedOrShared() throws Exception {
        String slug = fixtures.organization(LinkagesFixtures.unique("Quiet Sanctuary Network"), MembershipStatus.ACTIVE,
                false, false, Set.of(fixtures.area("immigration")), Set.of(14), "TX", Set.of(), Set.of());
        String page = mvc.perform(get("/organizations/" + slug)
                .with(SecurityMockMvcRequestPostProcessors.user(fixtures.account(Role.MEMBER))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<meta name=\"robots\" content=\"noindex\">", "href=\"/directory/partners/" + slug + "\"");
        assertThat(page).doesNotContain("og:title", "application/ld+json", "sharer.php", "share.js");
    }

    @Test
    void whatAnOrganizationWritesCannotBreakOutOfItsJsonLd() throws Exception {
        String name = LinkagesFixtures.unique("Breakout Test Collective");
        String slug = fixtures.organization(name, MembershipStatus.ACTIVE, true, false,
                Set.of(fixtures.area("housing")), Set.of(25), "NM", Set.of(), Set.of());
        fixtures.jdbc().update("update organization set mission = ? where slug = ?",
                "Homes for all</script><script>alert('x')</script> & more", slug);
        String page = mvc.perform(get("/organizations/" + slug)).andReturn().getResponse().getContentAsString();
        String jsonLd = page.substring(page.indexOf("application/ld+json"), page.indexOf("</script>", page.indexOf("application/ld+json")));
        assertThat(jsonLd).contains("Homes for all\\u003c/script\\u003e\\u003cscript\\u003ealert('x')\\u003c/script\\u003e \\u0026 more");
        assertThat(page).doesNotContain("<script>alert");
    }
}
