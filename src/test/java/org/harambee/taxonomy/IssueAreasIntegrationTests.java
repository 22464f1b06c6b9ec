package org.harambee.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.harambee.IntegrationTest;
import org.harambee.Simultaneously;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IssueAreasIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void theSharedVocabularyIsSeededFromTheReferenceData() {
        assertThat(taxonomy.rights()).hasSize(30);
        assertThat(taxonomy.rights().get(24).title(Locale.ENGLISH)).startsWith("Adequate standard of living");
        assertThat(taxonomy.issueArea("housing")).hasValueSatisfying(area -> {
            assertThat(area.name(Locale.forLanguageTag("es"))).isEqualTo("Vivienda y personas sin hogar");
            assertThat(area.rights()).contains(25);
            assertThat(area.uprTags()).contains("Right to housing");
            assertThat(area.founding()).isTrue();
        });
        assertThat(taxonomy.states()).hasSize(56);
        assertThat(taxonomy.state("dc")).hasValueSatisfying(dc -> assertThat(dc.name()).isEqualTo("District of Columbia"));
    }

    @Test
    void tenStaffAddingOneNameAtOnceMakeOneIssueAreaAndShowTheOthersTheNameTaken() throws Exception {
        String name = "Race area " + System.nanoTime();
        List<MockHttpServletResponse> answers = Simultaneously.run(10, () -> mvc.perform(post("/staff/issue-areas")
                .with(user("staff@example.org").roles("STAFF")).with(csrf()).param("nameEn", name)
                .param("nameEs", "Zona de carrera")).andReturn().getResponse());

        assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatus() != 302).hasSize(9).allSatisfy(refused -> {
            assertThat(refused.getStatus()).isEqualTo(200);
            assertThat(refused.getContentAsString()).contains("Another issue area already has this name.");
        });
        assertThat(taxonomy.allIssueAreas()).filteredOn(area -> area.nameEn().equals(name)).hasSize(1);
    }

    @Test
    void twoRenamesFromTheSameStartingVersionKeepTheFirstAndBringTheSecondBackWithTheNameAsItIsNow() throws Exception {
        String name = "Water rights " + System.nanoTime();
        IssueArea added = taxonomy.addIssueArea(name, "Derecho al agua");
        long seen = taxonomy.issueArea(added.slug()).orElseThrow().version();
        String page = "http://localhost/staff/issue-areas";
        mvc.perform(post("/staff/issue-areas/" + added.slug()).with(user("staff@example.org").roles("STAFF"))
                .with(csrf()).header("Referer", page).param("version", String.valueOf(seen))
                .param("nameEn", name + " first").param("nameEs", "Primero")).andExpect(redirectedUrl("/staff/issue-areas"));
        var second = mvc.perform(post("/staff/issue-areas/" + added.slug()).with(user("other@example.org")
                .roles("STAFF")).with(csrf()).header("Referer", page).param("version", String.valueOf(seen))
                .param("nameEn", name + " second").param("nameEs", "Segundo")).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/staff/issue-areas")).andReturn();
        assertThat(taxonomy.issueArea(added.slug()).orElseThrow().nameEn()).isEqualTo(name + " first");
        mvc.perform(get("/staff/issue-areas").with(user("other@example.org").roles("STAFF"))
                        .flashAttrs(second.getFlashMap()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Someone else changed this while you were editing it")))
                .andExpect(content().string(containsString(name + " first")));
    }

    @Test
    void staffAddRenameRetireAndRestoreAnIssueArea() throws Exception {
        String name = "Language access " + System.nanoTime();
        mvc.perform(post("/staff/issue-areas").with(user("staff@example.org").roles("STAFF")).with(csrf())
                        .param("nameEn", name).param("nameEs", "Acceso lingüístico"))
                .andExpect(redirectedUrl("/staff/issue-areas"));
        IssueArea added = taxonomy.allIssueAreas().stream().filter(a -> a.nameEn().equals(name)).findFirst().orElseThrow();
        assertThat(taxonomy.activeIssueAreas()).extracting(IssueArea::slug).contains(added.slug());

        mvc.perform(post("/staff/issue-areas/" + added.slug()).with(user("staff@example.org").roles("STAFF")).with(csrf())
                        .param("nameEn", name + " and interpretation").param("nameEs", "Acceso lingüístico e interpretación"))
                .andExpect(redirectedUrl("/staff/issue-areas"));
        mvc.perform(post("/staff/issue-areas/" + added.slug() + "/retire").with(user("staff@example.org").roles("STAFF"))
                .with(csrf())).andExpect(redirectedUrl("/staff/issue-areas"));

        assertThat(taxonomy.activeIssueAreas()).extracting(IssueArea::slug).doesNotContain(added.slug());
        assertThat(taxonomy.issueArea(added.slug())).hasValueSatisfying(area -> {
            assertThat(area.retired()).isTrue();
            assertThat(area.nameEn()).isEqualTo(name + " and interpretation");
        });

        mvc.perform(post("/staff/issue-areas/" + added.slug() + "/restore").with(user("staff@example.org").roles("STAFF"))
                .with(csrf())).andExpect(redirectedUrl("/staff/issue-areas"));
        assertThat(taxonomy.activeIssueAreas()).extracting(IssueArea::slug).contains(added.slug());
    }

    @Test
    void aDuplicateOrEmptyNameIsShownAtTheFieldAndChangesNothing() throws Exception {
        int before = taxonomy.allIssueAreas().size();
        mvc.perform(post("/staff/issue-areas").with(user("staff@example.org").roles("STAFF")).with(csrf())
                        .header("Accept-Language", "en").param("nameEn", "education").param("nameEs", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another issue area already has this name.")))
                .andExpect(content().string(containsString("Please fill this in.")));
        assertThat(taxonomy.allIssueAreas()).hasSize(before);
    }

    @Test
    void htmlInANameIsStoredAsTextAndShownEscaped() throws Exception {
        String name = "<script>alert(1)</script> " + System.nanoTime();
        mvc.perform(post("/staff/issue-areas").with(user("staff@example.org").roles("STAFF")).with(csrf())
                .param("nameEn", name).param("nameEs", "x y")).andExpect(redirectedUrl("/staff/issue-areas"));
        mvc.perform(get("/staff/issue-areas").with(user("staff@example.org").roles("STAFF")))
                .andExpect(content().string(containsString("&lt;script")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
    }

    @Test
    void onlyStaffMayCurateTheVocabulary() throws Exception {
        mvc.perform(get("/staff/issue-areas")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/issue-areas").with(user("member@example.org").roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/issue-areas").with(user("member@example.org").roles("MEMBER")).with(csrf())
                .param("nameEn", "Sneaky").param("nameEs", "Sneaky")).andExpect(status().isForbidden());
        mvc.perform(post("/staff/issue-areas/housing/retire").with(user("staff@example.org").roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/issue-areas/no-such-area/retire").with(user("staff@example.org").roles("STAFF"))
                .with(csrf())).andExpect(status().isNotFound());
    }
}
