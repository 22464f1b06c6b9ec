package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the one faceted search reads the values an address chose: the one place unknown values are refused. */
class FacetedSearchTests {

    enum Facet { TYPE, REGION, RIGHT, STATUS }

    enum Kind { GRASSROOTS, NATIONAL }

    private final FacetedSearch<Facet> search = new FacetedSearch<>(Facet.class, f -> f.name().toLowerCase(Locale.ROOT),
            List.of(FacetDescriptor.oneOf(Facet.TYPE, "type", Kind.class, name -> FacetDescriptor.named(Kind.class, name)),
                    FacetDescriptor.oneOfGroups(Facet.REGION, "state", String.class,
                            region -> region.equals("West") ? List.of("CA", "OR") : List.of()),
                    FacetDescriptor.allOf(Facet.RIGHT, "rights", Integer.class,
                            article -> FacetDescriptor.number(article, 1, 30))));

    @Test
    void valuesBecomeTheIndexTermsAndUnknownOnesAreRefusedByName() {
        FacetedSearch.Chosen<Facet> chosen = search.chosen(facet -> switch (facet) {
            case TYPE -> List.of("grassroots", "x");
            case REGION -> List.of("West", "Atlantis");
            case RIGHT -> List.of("25", "31", "25");
            case STATUS -> List.of("ACTIVE");
        });
        assertThat(chosen.values()).containsEntry(Facet.TYPE, List.of(Kind.GRASSROOTS))
                .containsEntry(Facet.REGION, List.of("CA", "OR")).containsEntry(Facet.RIGHT, List.of(25))
                .doesNotContainKey(Facet.STATUS);
        assertThat(chosen.ignored()).as("a facet not offered to this reader refuses every value")
                .containsExactly("type=x", "region=Atlantis", "right=31", "status=ACTIVE");
        assertThat(chosen.kept(Map.of(Facet.TYPE, List.of("grassroots", "x"), Facet.STATUS, List.of("ACTIVE"))))
                .containsExactly(Map.entry(Facet.TYPE, List.of("grassroots")));
        assertThat(chosen.free(Facet.STATUS)).isTrue();
        assertThat(search.alternative(Facet.TYPE)).isTrue();
        assertThat(search.alternative(Facet.RIGHT)).isFalse();
    }

    @Test
    void textKeepsLettersDigitsAndPairedQuotesOnly() {
        assertThat(FacetedSearch.plainText("\"right to housing\" AND (tenants)")).contains("\"right to housing\" AND  tenants ");
        assertThat(FacetedSearch.plainText("\"unpaired tenants")).contains(" unpaired tenants");
        assertThat(FacetedSearch.plainText("*&^%")).isEmpty();
    }
}
