package org.harambee.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harambee.IntegrationTest;
import org.harambee.membership.Audience;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Text search as people use it: English and Spanish word forms, a typo, names ranked first, and the orders
 * by name and by newest member.
 */
@IntegrationTest
class DirectoryTextSearchIntegrationTests {

    @Autowired
    MemberRegistry registry;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    DirectorySearch search;

    String word;

    @BeforeEach
    void fourOrganizations() {
        word = NetworkSample.marker();
        register("Tenants Union " + word, "We organize tenants facing eviction.", "Renters", LocalDate.of(2004, 1, 5));
        register("Centro " + word, "Defendemos el derecho a las viviendas dignas para las familias.", "Familias",
                LocalDate.of(2019, 6, 1));
        register("Workers Alliance " + word, "We organize workers; tenants are welcome too.", "Workers",
                LocalDate.of(2012, 3, 9));
        register("Quiet Group " + word, "Education for all.", "Students", LocalDate.of(2008, 8, 8));
    }

    @Test
    void englishWordFormsMatchAndNamesRankFirst() {
        assertThat(names(word + " tenant")).containsExactly("Tenants Union " + word, "Workers Alliance " + word);
        assertThat(names(word + " organizing")).containsExactlyInAnyOrder("Tenants Union " + word,
                "Workers Alliance " + word);
    }

    @Test
    void spanishWordFormsMatch() {
        assertThat(names(word + " vivienda")).containsExactly("Centro " + word);
        assertThat(names(word + " familia")).containsExactly("Centro " + word);
    }

    @Test
    void aTypoStillFindsTheWordWhenNothingMatchesAsTyped() {
        assertThat(names(word + " tenents")).contains("Tenants Union " + word);
        assertThat(names(word + " educaton")).containsExactly("Quiet Group " + word);
    }

    @Test
    void everyWordMustMatchAndSymbolsAreTakenAsText() {
        assertThat(names(word + " tenants education")).isEmpty();
        assertThat(names(word + " \"organize tenants\"")).containsExactly("Tenants Union " + word);
        assertThat(names(word + " +(tenants) || -eviction*")).contains("Tenants Union " + word);
        assertThat(names("\"\"\"")).isNotNull();
    }

    @Test
    void resultsComeByNameOrNewestMember() {
        assertThat(names(word, "name")).containsExactly("Centro " + word, "Quiet Group " + word,
                "Tenants Union " + word, "Workers Alliance " + word);
        assertThat(names(word, "newest")).containsExactly("Centro " + word, "Workers Alliance " + word,
                "Quiet Group " + word, "Tenants Union " + word);
    }

    private List<String> names(String q) {
        return names(q, null);
    }

    private List<String> names(String q, String sort) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>(Map.of("q", List.of(q)));
        if (sort != null) {
            parameters.add("sort", sort);
        }
        return search.search(DirectoryQuery.of(parameters), Audience.MEMBER, 50).entries().stream()
                .map(DirectoryEntry::name).toList();
    }

    private void register(String name, String mission, String communities, LocalDate since) {
        registry.registerOrganizations(List.of(new OrganizationRegistration(new OrganizationProfile(name, mission,
                OrganizationType.GRASSROOTS, 2000, null, null, "Oakland", "CA", null, null, null, Set.of("en"),
                Set.of(fixtures.issueArea()), Set.of(25), communities, false, false, false, Set.of(), Set.of(), false),
                List.of(new PersonDetails("Contact", Visibility.PUBLIC, null, Visibility.PUBLIC,
                        MembershipFixtures.uniqueEmail("text"), Visibility.MEMBERS, null, Visibility.STAFF, null,
                        Visibility.STAFF, true)),
                new Standing(MembershipStatus.ACTIVE, false, since, LocalDate.now().plusYears(5)), "en")));
    }
}
