package org.harambee.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.Test;

/**
 * A ballot as marked, checked and written: ranks from 1 without repeats or gaps (the refusal names each rank and
 * candidate at fault), approvals of candidates only, one of the three answers; and receipt codes, read back however
 * they are typed.
 */
class MarkingTests {

    private static Nomination candidate(long id) throws Exception {
        Nomination nomination = new Nomination();
        Field field = Nomination.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(nomination, id);
        return nomination;
    }

    private static List<Nomination> candidates() throws Exception {
        return List.of(candidate(11), candidate(12), candidate(13), candidate(14));
    }

    private static Map<Long, String> ranks(Object... pairs) {
        Map<Long, String> ranks = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ranks.put(((Number) pairs[i]).longValue(), (String) pairs[i + 1]);
        }
        return ranks;
    }

    @Test
    void ranksAreWrittenAsTheCandidatesInOrderOfPreference() throws Exception {
        assertThat(Marking.ranked(ranks(11, "2", 12, "", 13, " 1 ", 14, "3"), candidates())).isEqualTo("13 11 14");
        assertThat(Marking.candidates("13 11 14")).containsExactly(13L, 11L, 14L);
    }

    @Test
    void aRepeatedRankIsNamedAtEveryCandidateGivenIt() throws Exception {
        assertThatThrownBy(() -> Marking.ranked(ranks(11, "1", 12, "1", 13, "2"), candidates()))
                .isInstanceOf(Refusal.class).satisfies(thrown -> assertThat(((Refusal) thrown).problems())
                        .extracting(Refusal.Problem::field).containsExactlyInAnyOrder("ranks[11]", "ranks[12]"))
                .satisfies(thrown -> assertThat(((Refusal) thrown).key()).isEqualTo("governance.ballot.rankRepeated"));
    }

    @Test
    void aSkippedRankIsNamed() throws Exception {
        assertThatThrownBy(() -> Marking.ranked(ranks(11, "1", 12, "3", 13, "4"), candidates()))
                .isInstanceOf(Refusal.class).satisfies(thrown -> {
                    Refusal refusal = (Refusal) thrown;
                    assertThat(refusal.key()).isEqualTo("governance.ballot.rankSkipped");
                    assertThat(refusal.problems().get(0).arguments()).containsExactly(2);
                });
    }

    @Test
    void aRankThatIsNotAWholeNumberFromOneToTheCandidatesIsRefusedAtItsCandidate() throws Exception {
        for (String wrong : List.of("0", "5", "-1", "1.5", "uno", "１", "99999")) {
            assertThatThrownBy(() -> Marking.ranked(ranks(12, wrong), candidates())).as(wrong)
                    .isInstanceOf(Refusal.class).extracting(thrown -> ((Refusal) thrown).field())
                    .isEqualTo("ranks[12]");
        }
        assertThatThrownBy(() -> Marking.ranked(ranks(), candidates())).isInstanceOf(Refusal.class)
                .extracting(thrown -> ((Refusal) thrown).key()).isEqualTo("governance.ballot.empty");
        assertThatThrownBy(() -> Marking.ranked(ranks(99, "1"), candidates())).isInstanceOf(Refusal.class)
                .extracting(thrown -> ((Refusal) thrown).key()).isEqualTo("governance.ballot.unknownCandidate");
    }

    @Test
    void approvalsAndAnswers() throws Exception {
        assertThat(Marking.approved(Set.of(14L, 11L), candidates())).isEqualTo("11 14");
        assertThat(Marking.approved(Set.of(), candidates())).isEmpty();
        assertThat(Marking.candidates("")).isEmpty();
        assertThatThrownBy(() -> Marking.approved(Set.of(7L), candidates())).isInstanceOf(Refusal.class);
        assertThat(Marking.answered("ABSTAIN")).isEqualTo("ABSTAIN");
        assertThat(Marking.candidates("YES")).isEmpty();
        assertThatThrownBy(() -> Marking.answered("yes please")).isInstanceOf(Refusal.class)
                .extracting(thrown -> ((Refusal) thrown).field()).isEqualTo("answer");
    }

    @Test
    void receiptCodesAreRandomAndReadBackHoweverTheyAreTyped() {
        var random = new java.security.SecureRandom();
        String code = Receipts.next(random);
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(Receipts.next(random)).isNotEqualTo(code);
        assertThat(Receipts.normalized(code.toLowerCase().replace("-", " "))).isEqualTo(code);
        assertThat(Receipts.normalized("o1il-0000-0000-0000")).isEqualTo("0111-0000-0000-0000");
        assertThat(Receipts.normalized("7KQ2-M9XD-3FVA-8TR")).isNull();
        assertThat(Receipts.normalized("UUUU-UUUU-UUUU-UUUU")).isNull();
        assertThat(Receipts.normalized(null)).isNull();
    }
}
