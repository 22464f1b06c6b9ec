package org.harambee.guards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import client.harambee.ApiClient;
import client.harambee.ApiException;
import client.harambee.api.CallerApi;
import client.harambee.api.DirectoryApi;
import client.harambee.api.UnRecommendationsApi;
import client.harambee.model.OrganizationPage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Java client openapi-generator makes from docs/api/openapi.json (the served description, see
 * {@link ApiContractIntegrationTests}) compiles with the tests and reads the API over HTTP: as a visitor, and with a
 * member's token, when it sees what members see (an organization listed for members only) and who it is.
 */
@IntegrationTest
class GeneratedClientIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("hrb_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void aGeneratedClientReadsTheDirectoryAsAVisitorAndAsAMemberWithAToken() throws Exception {
        String word = "clinic" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "x");
        String name = "Members only " + word;
        Organization membersOnly = fixtures.organization(name, MembershipStatus.ACTIVE, false);
        HarambeeUser member = fixtures.account(Role.MEMBER);

        DirectoryApi asVisitor = new DirectoryApi(client(null));
        assertThat(total(asVisitor, word, name)).isZero();
        assertThatThrownBy(() -> asVisitor.getOrganization(membersOnly.slug()))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.getCode()).isEqualTo(404));

        ApiClient withToken = client(token(member));
        DirectoryApi asMember = new DirectoryApi(withToken);
        assertThat(total(asMember, word, name)).isEqualTo(1);
        assertThat(asMember.getOrganization(membersOnly.slug()).getName()).isEqualTo(name);
        assertThat(new CallerApi(withToken).getMe().getEmail()).isEqualTo(member.email());
        assertThat(new UnRecommendationsApi(withToken).listRecommendations(null, null, null, null, null, null, null,
                null, null, null, null, 0, 5).getSize()).isEqualTo(5);
    }

    private static long total(DirectoryApi directory, String word, String name) throws ApiException {
        OrganizationPage page = directory.listOrganizations(word, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 0, 20);
        return page.getItems().stream().filter(item -> item.getName().equals(name)).count();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient().setScheme("http").setHost("localhost").setPort(port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** A personal API token, made on the member's tokens page as a person would. */
    private String token(HarambeeUser member) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(user(member)).with(csrf()).param("name", "Client"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the new token is on the page").isTrue();
        return token.group();
    }
}
