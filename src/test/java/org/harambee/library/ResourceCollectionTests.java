package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceCollectionTests {

    private final ResourceCollection kit = new ResourceCollection("  Starter kit ", " ");

    @Test
    void resourcesKeepTheOrderStaffGaveThemAndAppearOnce() {
        kit.add(3L);
        kit.add(1L);
        kit.add(2L);
        kit.add(3L);
        assertThat(kit.resources()).containsExactly(3L, 1L, 2L);
        assertThat(kit.title()).isEqualTo("Starter kit");
        assertThat(kit.description()).isNull();
    }

    @Test
    void movingSwapsWithTheNeighbourAndStopsAtTheEnds() {
        kit.add(1L);
        kit.add(2L);
        kit.add(3L);
        kit.move(3L, -1);
        assertThat(kit.resources()).containsExactly(1L, 3L, 2L);
        kit.move(1L, -1);
        kit.move(2L, 1);
        kit.move(99L, 1);
        assertThat(kit.resources()).containsExactly(1L, 3L, 2L);
        kit.move(1L, 5);
        assertThat(kit.resources()).containsExactly(3L, 1L, 2L);
    }

    @Test
    void removingKeepsTheOthersInOrder() {
        kit.add(1L);
        kit.add(2L);
        kit.add(3L);
        kit.remove(2L);
        kit.remove(42L);
        assertThat(kit.resources()).containsExactly(1L, 3L);
        assertThat(kit.holds(2L)).isFalse();
    }

    @Test
    void aCollectionIsFullAtItsLimit() {
        for (long id = 1; id <= ResourceCollection.MAX_RESOURCES; id++) {
            kit.add(id);
        }
        kit.add(1L);
        assertThatThrownBy(() -> kit.add(1000L)).isInstanceOf(CollectionFullException.class);
        assertThat(kit.resources()).hasSize(ResourceCollection.MAX_RESOURCES);
    }
}
