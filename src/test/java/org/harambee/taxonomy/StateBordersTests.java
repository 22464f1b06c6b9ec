package org.harambee.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state borders shipped with the taxonomy. */
class StateBordersTests {

    final StateBorders borders = StateBorders.load();

    @Test
    void everyBorderIsListedFromBothSides() {
        List<String> oneSided = new ArrayList<>();
        for (String state : borders.states()) {
            for (String neighbour : borders.neighboursOf(state)) {
                if (!borders.border(neighbour, state)) {
                    oneSided.add(state + "-" + neighbour);
                }
            }
        }
        assertThat(oneSided).isEmpty();
    }

    @Test
    void theFiftyStatesAndTheDistrictAreListedAndTerritoriesHaveNoNeighbours() {
        assertThat(borders.states()).hasSize(51).contains("DC", "AK", "HI");
        assertThat(borders.neighboursOf("AK")).isEmpty();
        assertThat(borders.neighboursOf("PR")).isEmpty();
        assertThat(borders.neighboursOf(null)).isEmpty();
        assertThat(borders.neighboursOf("tn")).hasSize(8);
        assertThat(borders.border("MO", "TN")).isTrue();
        assertThat(borders.border("AZ", "CO")).as("the Four Corners is a point, not a border").isFalse();
        assertThat(borders.border("IL", null)).isFalse();
    }
}
