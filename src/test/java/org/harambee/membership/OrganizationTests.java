package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The organization's own rules: names, addresses, people, representatives, visibility. */
class OrganizationTests {

    static OrganizationProfile profile(String name) {
        return new OrganizationProfile(name, "We defend housing rights.", OrganizationType.GRASSROOTS, 1999, null, null,
                "Chicago", "IL", "60601", null, "https://example.org", Set.of("en"), Set.of(1L), Set.of(25), null, true,
                true, false, Set.of(), Set.of(), false);
    }

    static PersonDetails person(String name, String email, boolean primary) {
        return new PersonDetails(name, null, null, null, email, null, null, null, null, null, primary);
    }

    @Test
    void namesAreUniqueIgnoringCaseAccentsSpacingAndPunctuation() {
        assertThat(OrganizationProfile.nameKeyOf("  Centro de Derechos Humanos ")).isEqualTo("centro de derechos humanos");
        assertThat(OrganizationProfile.nameKeyOf("CENTRO DE DERECHOS HUMANOS")).isEqualTo(OrganizationProfile.nameKeyOf(
                "Centro de Derechos Humanos"));
        assertThat(OrganizationProfile.nameKeyOf("Coalición—Pro Inmigrantes")).isEqualTo(OrganizationProfile.nameKeyOf(
                "coalicion pro-inmigrantes"));
        assertThat(Organization.slugOf("Coalición Pro Inmigrantes!")).isEqualTo("coalicion-pro-inmigrantes");
        assertThat(Organization.slugOf("<script>")).isEqualTo("script");
        assertThat(Organization.slugOf("???")).isEqualTo("organization");
        assertThat(Organization.slugOf("x".repeat(300))).hasSize(80);
    }

    @Test
    void theFirstPersonIsThePrimaryContactUnlessAnotherIsChosen() {
        Organization organization = new Organization(profile("Housing Now"), "housing-now",
                List.of(person("Ana", "ana@example.org", false), person("Ben", "ben@example.org", true)), "en", "x",
                Instant.now());
        assertThat(organization.primaryContact().name()).isEqualTo("Ben");
        assertThat(organization.people()).filteredOn(Person::primaryContact).hasSize(1);
        assertThat(organization.contactEmail()).isEqualTo("ben@example.org");
        Person ana = organization.people().get(0);
        organization.makePrimaryContact(ana);
        assertThat(organization.primaryContact()).isSameAs(ana);
        assertThatThrownBy(() -> organization.removePerson(ana)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAuthorizedPeopleLinkedToTheAccountRepresentTheOrganization() {
        Organization organization = new Organization(profile("Housing Now"), "housing-now",
                List.of(person("Ana", "ANA@Example.org ", true)), "en", "x", Instant.now());
        UUID account = UUID.randomUUID();
        Person ana = organization.primaryContact();
        assertThat(ana.email()).isEqualTo("ana@example.org");
        assertThat(organization.isRepresentedBy(account)).isFalse();
        ana.authorize(account);
        assertThat(organization.isRepresentedBy(account)).isTrue();
        assertThat(organization.isRepresentedBy(UUID.randomUUID())).isFalse();
        assertThat(organization.isRepresentedBy(null)).isFalse();
        ana.deauthorize();
        assertThat(organization.isRepresentedBy(account)).isFalse();
    }

    @Test
    void anInternationalAllyKeepsItsCountryAndNoStateOrZip() {
        OrganizationProfile abroad = new OrganizationProfile("Aliados", "Mission", OrganizationType.COALITION, null,
                null, null, "Ciudad de México", "IL", "60601", "MX", null, Set.of(), Set.of(1L), Set.of(), null, false,
                false, false, Set.of(), Set.of(), false);
        Organization organization = new Organization(abroad, "aliados", List.of(person("Eva", "eva@example.org", true)),
                "es", "x", Instant.now());
        assertThat(organization.country()).isEqualTo("MX");
        assertThat(organization.stateCode()).isNull();
        assertThat(organization.zip()).isNull();
    }

    @Test
    void describingReportsWhichFieldsChanged() {
        Organization organization = new Organization(profile("Housing Now"), "housing-now",
                List.of(person("Ana", "ana@example.org", true)), "en", "x", Instant.now());
        assertThat(organization.describe(profile("Housing Now"))).isEmpty();
        OrganizationProfile changed = new OrganizationProfile("Housing Now!", "New mission", OrganizationType.GRASSROOTS,
                1999, null, null, "Chicago", "IL", "60601", null, "https://example.org", Set.of("en", "es"), Set.of(1L),
                Set.of(25), null, true, true, true, Set.of(), Set.of(), false);
        assertThat(organization.describe(changed)).containsExactly("name", "mission", "listedPublicly", "languages");
        assertThat(organization.primaryContact().update(new PersonDetails("Ana", null, null, null, "ana@new.org",
                Visibility.STAFF, "+1 312 555 0100", null, null, null, true))).containsExactly("email",
                "emailVisibility", "phone");
    }

    @Test
    void visibilityIsShownToViewersClearedForIt() {
        assertThat(Visibility.PUBLIC.shownTo(Visibility.PUBLIC)).isTrue();
        assertThat(Visibility.MEMBERS.shownTo(Visibility.PUBLIC)).isFalse();
        assertThat(Visibility.MEMBERS.shownTo(Visibility.MEMBERS)).isTrue();
        assertThat(Visibility.STAFF.shownTo(Visibility.MEMBERS)).isFalse();
        assertThat(Visibility.STAFF.shownTo(Visibility.STAFF)).isTrue();
        PersonDetails defaults = person("Ana", "ana@example.org", true);
        assertThat(defaults.emailVisibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(defaults.phoneVisibility()).isEqualTo(Visibility.STAFF);
    }

    @Test
    void onlyPngJpegAndWebpContentIsALogo() {
        assertThat(Logos.ImageType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains(Logos.ImageType.PNG);
        assertThat(Logos.ImageType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(Logos.ImageType.JPEG);
        assertThat(Logos.ImageType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .contains(Logos.ImageType.WEBP);
        assertThat(Logos.ImageType.of("<svg onload=alert(1)>".getBytes())).isEmpty();
        assertThat(Logos.ImageType.of("GIF89a".getBytes())).isEmpty();
        assertThat(Logos.ImageType.of(new byte[0])).isEmpty();
    }
}
