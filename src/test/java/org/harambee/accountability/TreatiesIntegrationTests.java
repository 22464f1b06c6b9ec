package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The treaty page shows the country's position from the reference data; staff change a position or add an
 * instrument, and a position that does not hold comes back with its error at the field, changing nothing.
 */
@IntegrationTest
class TreatiesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    Treaties treaties;

    @Test
    void theTreatyPageShowsTheUnitedStatesPositionsFromTheReferenceData() throws Exception {
        String page = page(get("/un/treaties"), null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("International Covenant on Civil and Political Rights").contains("Jun 8, 1992")
                .contains("CCPR").contains("Signed, not ratified").contains("US announced support 2010-12-16");
        assertThat(page).doesNotContain("/staff/un/treaties/");
    }

    @Test
    void staffChangeAPositionAndAddAnInstrumentAndWhatDoesNotHoldIsRefusedAtTheField() throws Exception {
        HarambeeUser staff = fixtures.account(Role.STAFF);
        String refused = page(post("/staff/un/treaties/CRPD").param("status", "RATIFIED")
                .param("signedOn", "2009-07-30").param("ratifiedOn", "2001-01-01").param("note", ""), staff)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("The ratification cannot come before the signature.")
                .contains("aria-invalid=\"true\"");
        assertThat(position("CRPD").status()).isEqualTo(RatificationStatus.SIGNED);

        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        MockHttpServletResponse added = page(post("/staff/un/instruments/new").param("code", code)
                .param("nameEn", "Test Convention").param("nameEs", "Convención de prueba").param("adopted", "2020-05-01")
                .param("monitoringBody", "").param("status", "SIGNED").param("signedOn", "2021-01-04")
                .param("ratifiedOn", "").param("note", ""), staff);
        assertThat(added.getRedirectedUrl()).isEqualTo("/un/treaties#" + code);
        assertThat(position(code).status()).isEqualTo(RatificationStatus.SIGNED);

        String taken = page(post("/staff/un/instruments/new").param("code", code).param("nameEn", "Again")
                .param("nameEs", "Otra vez").param("adopted", "2020-05-01").param("status", "NOT_SIGNED"), staff)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(taken).contains("An instrument has this code already.");
        String empty = page(post("/staff/un/instruments/new").param("code", "x y").param("nameEn", "")
                .param("nameEs", "").param("status", "NOT_SIGNED"), staff).getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("The code has 2 to 20 capital letters").contains("Give the name in English.");
    }

    @Test
    void twoStaffRecordingAPositionFromTheSameStartingVersionKeepTheFirst() throws Exception {
        HarambeeUser staff = fixtures.account(Role.STAFF);
        String code = "V-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        page(post("/staff/un/instruments/new").param("code", code).param("nameEn", "Versioned Convention")
                .param("nameEs", "Convención versionada").param("adopted", "2020-05-01").param("status", "NOT_SIGNED"),
                staff);
        String seen = String.valueOf(position(code).version());
        String form = "http://localhost/staff/un/treaties/" + code;
        assertThat(page(post("/staff/un/treaties/" + code).header("Referer", form).param("version", seen)
                .param("status", "SIGNED").param("signedOn", "2021-02-03"), staff).getRedirectedUrl())
                .isEqualTo("/un/treaties#" + code);
        MockHttpServletResponse late = page(post("/staff/un/treaties/" + code).header("Referer", form)
                .param("version", seen).param("status", "RATIFIED").param("signedOn", "2021-02-03")
                .param("ratifiedOn", "2022-02-03"), fixtures.account(Role.STAFF));
        assertThat(late.getStatus()).isEqualTo(303);
        assertThat(late.getRedirectedUrl()).isEqualTo("/staff/un/treaties/" + code);
        assertThat(position(code).status()).isEqualTo(RatificationStatus.SIGNED);
    }

    private Treaties.Position position(String code) {
        return treaties.positions().stream().filter(p -> p.instrument().code().equals(code)).findFirst().orElseThrow();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return mvc.perform(who == null ? request : request.with(user(who)).with(csrf())).andReturn().getResponse();
    }
}
