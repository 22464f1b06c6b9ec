package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Being grassroots is asked once in effect: an organization of the grassroots kind is grassroots. */
class OrganizationProfileTests {

    @Test
    void anOrganizationOfTheGrassrootsKindIsGrassrootsWhateverTheBoxSays() {
        assertThat(profile(OrganizationType.GRASSROOTS, false).grassroots()).isTrue();
        assertThat(profile(OrganizationType.GRASSROOTS, true).grassroots()).isTrue();
    }

    @Test
    void anOrganizationOfAnotherKindIsGrassrootsOnlyWhenItSaysSo() {
        assertThat(profile(OrganizationType.FAITH_BASED, true).grassroots()).isTrue();
        assertThat(profile(OrganizationType.FAITH_BASED, false).grassroots()).isFalse();
    }

    private static OrganizationProfile profile(OrganizationType type, boolean grassroots) {
        return new OrganizationProfile("Riverside Tenants", "We defend the right to housing.", type, 1999, null, null,
                "Chicago", "IL", null, null, null, Set.of("en"), Set.of(1L), Set.of(25), null, grassroots, false, true,
                Set.of(), Set.of(), false);
    }
}
