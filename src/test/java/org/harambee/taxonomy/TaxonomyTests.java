package org.harambee.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomyTests {

    @Test
    void slugsAreReadableAsciiWhateverTheName() {
        assertThat(Taxonomy.slugOf("Language Access & Interpretation")).isEqualTo("language-access-interpretation");
        assertThat(Taxonomy.slugOf("  Niñez — juventud ")).isEqualTo("ninez-juventud");
        assertThat(Taxonomy.slugOf("¡¿!")).isEqualTo("issue");
    }
}
