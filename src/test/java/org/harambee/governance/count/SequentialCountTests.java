package org.harambee.governance.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reserved seats by the sequential method: the reserved seats are counted first among the eligible candidates only,
 * then the open seats among everyone not yet elected; a reserved seat without an eligible candidate stays vacant.
 */
class SequentialCountTests {

    private static final String BLT = "4 2\n5 1 2 0\n4 2 1 0\n3 3 1 0\n2 4 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n";

    @Test
    void aReservedSeatGoesToAnEligibleCandidateThenTheOpenSeatToTheRest() {
        Election election = BltFile.read(BLT);
        assertThat(StvCount.count(election, 1).electedNames()).containsExactly("A", "C");

        SequentialCount.Result result = SequentialCount.count(election,
                List.of(new SequentialCount.Reserved("Directly affected", 1, Set.of(3))), 1);
        assertThat(result.passes()).hasSize(2);
        SequentialCount.Pass reserved = result.passes().get(0);
        // Only D stands in the reserved pass: the 2 ballots ranking D are its valid votes, quota 2.
        assertThat(reserved.result().valid()).isEqualTo(2);
        assertThat(reserved.result().electedNames()).containsExactly("D");
        SequentialCount.Pass open = result.passes().get(1);
        // D withdrawn: A 5, B 4, C 5 of 14, quota 8; B is excluded and B's ballots elect A.
        assertThat(open.reserved()).isNull();
        assertThat(open.result().quota()).isEqualByComparingTo("8");
        assertThat(open.result().electedNames()).containsExactly("A");
        assertThat(result.elected()).containsExactly(3, 0);
        assertThat(result.passes()).allSatisfy(pass -> assertThat(pass.vacant()).isZero());
    }

    @Test
    void aReservedSeatNobodyEligibleStandsForStaysVacant() {
        SequentialCount.Result result = SequentialCount.count(BltFile.read(BLT),
                List.of(new SequentialCount.Reserved("Region", 2, Set.of(3))), 1);
        assertThat(result.passes().get(0).vacant()).isEqualTo(1);
        assertThat(result.passes().get(1).seats()).isZero();
        assertThat(result.elected()).containsExactly(3);
        assertThatThrownBy(() -> SequentialCount.count(BltFile.read(BLT),
                List.of(new SequentialCount.Reserved("Too many", 3, Set.of(0))), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealWardWithASeatReservedForTheCandidatesTheOfficialCountLeftOut() throws IOException {
        Election almond;
        try (InputStream file = getClass().getResourceAsStream("/stv/edinburgh-2017-ward01-almond.blt")) {
            almond = BltFile.read(new String(file.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Integer> official = StvCount.count(almond, 1).elected();
        Set<Integer> others = new HashSet<>();
        for (int c = 0; c < almond.candidates().size(); c++) {
            if (!official.contains(c)) {
                others.add(c);
            }
        }
        SequentialCount.Result result = SequentialCount.count(almond,
                List.of(new SequentialCount.Reserved("Others", 1, others)), 1);
        assertThat(result.elected()).hasSize(4).doesNotHaveDuplicates();
        assertThat(others).contains(result.passes().get(0).result().elected().get(0));
        assertThat(result.passes().get(1).result().elected()).hasSize(3);
    }
}
