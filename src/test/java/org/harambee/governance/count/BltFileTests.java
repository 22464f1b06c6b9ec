package org.harambee.governance.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The BLT reader: what a file holds, and every malformed file refused with the line of its problem. */
class BltFileTests {

    private static final String NAMES = "\"Ana DÍAZ (Grassroots)\"\n\"Ben OKAFOR\"\n\"Chen LI\"\n\"Ward 1 - Test\"\n";

    private static BltFile.Refused refusal(String text) {
        try {
            BltFile.read(text);
        } catch (BltFile.Refused refused) {
            return refused;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void readsCandidatesSeatsWithdrawnAndWeightedBallots() {
        Election election = BltFile.read("\uFEFF3 2\r\n-2\r\n4 1 3 0\r\n\r\n1 2 0\r\n0\r\n" + NAMES.replace("\n", "\r\n"));
        assertThat(election.candidates()).containsExactly("Ana DÍAZ (Grassroots)", "Ben OKAFOR", "Chen LI");
        assertThat(election.seats()).isEqualTo(2);
        assertThat(election.title()).isEqualTo("Ward 1 - Test");
        assertThat(election.withdrawn()).containsExactly(1);
        assertThat(election.ballots()).hasSize(2);
        assertThat(election.ballots().get(0).weight()).isEqualTo(4);
        assertThat(election.ballots().get(0).preferences()).containsExactly(0, 2);
    }

    @Test
    void writesWhatItReadsBackWithIdenticalBallotsOnceAndTheHeaviestFirst() {
        Election election = new Election("Ward \"Leith\" 1", List.of("Ana \"La Jefa\" DÍAZ", "Ben OKAFOR", "Chen LI"), 2,
                Set.of(1), List.of(new Ballot(1, new int[] {2, 0}), new Ballot(1, new int[] {0, 2}),
                        new Ballot(1, new int[] {2, 0}), new Ballot(3, new int[] {1})));
        String written = BltFile.write(election);
        assertThat(written).startsWith("3 2\n-2\n3 2 0\n2 3 1 0\n1 1 3 0\n0\n\"Ana \"\"La Jefa\"\" DÍAZ\"\n");
        Election read = BltFile.read(written);
        assertThat(read.candidates()).isEqualTo(election.candidates());
        assertThat(read.title()).isEqualTo(election.title());
        assertThat(read.withdrawn()).containsExactly(1);
        assertThat(StvCount.count(read, 7).elected()).isEqualTo(StvCount.count(election, 7).elected());
    }

    @Test
    void refusesEachMalformedFileAtItsLine() {
        record Case(String text, int line, String key) {
        }
        for (Case bad : List.of(
                new Case("", 1, "governance.blt.empty"),
                new Case("3\n", 1, "governance.blt.header"),
                new Case("\n\nballots\n", 3, "governance.blt.header"),
                new Case("3 4\n0\n" + NAMES, 1, "governance.blt.seats"),
                new Case("3 1\n-4\n0\n" + NAMES, 2, "governance.blt.withdrawn"),
                new Case("3 1\n2 1 2\n0\n" + NAMES, 2, "governance.blt.ballotEnd"),
                new Case("3 1\n1 1 0\n0 2 0\n0\n" + NAMES, 3, "governance.blt.weight"),
                new Case("3 1\n1 1 4 0\n0\n" + NAMES, 2, "governance.blt.unknownCandidate"),
                new Case("3 1\n1 1 2 1 0\n0\n" + NAMES, 2, "governance.blt.repeated"),
                new Case("3 1\n1 1=2 3 0\n0\n" + NAMES, 2, "governance.blt.equalRanks"),
                new Case("3 1\n1 one 0\n0\n" + NAMES, 2, "governance.blt.notANumber"),
                new Case("3 1\n1 1 0\n", 3, "governance.blt.noEnd"),
                new Case("3 1\n1 1 0\n0\n\"Ana\"\nBen\n\"Chen\"\n\"T\"\n", 5, "governance.blt.name"),
                new Case("3 1\n1 1 0\n0\n\"Ana\"\n\"Ben\"\n\"Chen\"\n", 7, "governance.blt.title"),
                new Case("3 1\n1 1 0\n0\n" + NAMES + "more\n", 8, "governance.blt.afterTitle"))) {
            BltFile.Refused refused = refusal(bad.text());
            assertThat(refused.key()).as(bad.text()).isEqualTo(bad.key());
            assertThat(refused.line()).as(bad.text()).isEqualTo(bad.line());
        }
    }
}
