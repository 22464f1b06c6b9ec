package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTests {

    @Test
    void aHeadingAndTheParagraphAfterItStaySeparate() {
        assertThat(LibrarySearch.flowed("Derechos <mark>laborales</mark>\nCómo los residentes de Fresno usan el marco."))
                .isEqualTo("Derechos <mark>laborales</mark> · Cómo los residentes de Fresno usan el marco.");
    }

    @Test
    void paragraphsSeparatedByABlankLineStaySeparate() {
        assertThat(LibrarySearch.flowed("The first paragraph ends here without a full stop but the line is long enough\n"
                + "\r\n  \nThe second one."))
                .isEqualTo("The first paragraph ends here without a full stop but the line is long enough · "
                        + "The second one.");
    }

    @Test
    void aLineWrappedInsideAParagraphContinuesAfterASpace() {
        assertThat(LibrarySearch.flowed("Hold at least three community hearings before drafting anything, record what\n"
                + "people say in their own words.\nThen name the right."))
                .isEqualTo("Hold at least three community hearings before drafting anything, record what people say "
                        + "in their own words. Then name the right.");
    }
}
