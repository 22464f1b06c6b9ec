package org.harambee.governance.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import org.harambee.Messages;

/**
 * Any bytes given to the count as a BLT file are either refused with a line of the file and a message that exists,
 * or read as an election that counts to its end: as many winners as seats (or candidates standing, when fewer), each
 * once, totals never negative. Never another exception. Seeds are in {@code BltFileFuzzTestsInputs/}.
 */
class BltFileFuzzTests {

    @FuzzTest
    void readsAndCountsOrRefusesWithALine(byte[] file) {
        Election election;
        try {
            String text = CountStvCommand.text(file);
            int lines = text.split("\r\n|\r|\n", -1).length;
            try {
                election = BltFile.read(text);
            } catch (BltFile.Refused refused) {
                assertThat(refused.line()).as(refused.key()).isBetween(1, lines + 1);
                assertThat(Messages.defined(refused.key())).as("message of %s", refused.key()).isTrue();
                return;
            }
        } catch (BltFile.Refused notUtf8) {
            assertThat(notUtf8.key()).isEqualTo("governance.blt.encoding");
            return;
        }
        if (election.ballots().stream().mapToLong(Ballot::weight).sum() > 10_000_000
                || election.candidates().size() > 60) {
            return;
        }
        StvCount.Result result = StvCount.count(election, 1);
        long standing = election.candidates().size() - election.withdrawn().size();
        assertThat(result.elected()).doesNotHaveDuplicates()
                .hasSize((int) Math.min(election.seats(), standing));
        for (StvCount.Stage stage : result.stages()) {
            for (BigDecimal total : stage.totals()) {
                assertThat(total.signum()).isNotNegative();
            }
        }
    }
}
