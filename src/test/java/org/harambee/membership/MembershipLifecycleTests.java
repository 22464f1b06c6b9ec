package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The membership rules of {@link Member}: every allowed and refused transition, renewal dates, lapsing, reminders. */
class MembershipLifecycleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final int GRACE = 30;

    /** Which transitions each status allows; everything else is refused. */
    static final Map<MembershipAction, Set<MembershipStatus>> ALLOWED = Map.of(
            MembershipAction.APPROVED, EnumSet.of(MembershipStatus.APPLICANT),
            MembershipAction.RENEWED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED,
                    MembershipStatus.WITHDRAWN),
            MembershipAction.SUSPENDED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED),
            MembershipAction.REINSTATED, EnumSet.of(MembershipStatus.SUSPENDED),
            MembershipAction.WITHDREW, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED,
                    MembershipStatus.SUSPENDED));

    static final Map<MembershipAction, Consumer<Member>> TRANSITIONS = Map.of(
            MembershipAction.APPROVED, m -> m.approve("staff@example.org", NOW, TODAY, null),
            MembershipAction.RENEWED, m -> m.renew("staff@example.org", NOW, TODAY, null),
            MembershipAction.SUSPENDED, m -> m.suspend("staff@example.org", NOW, "dues unpaid"),
            MembershipAction.REINSTATED, m -> m.reinstate("staff@example.org", NOW, "dues paid"),
            MembershipAction.WITHDREW, m -> m.withdraw("rep@example.org", NOW, "closing down"));

    static IndividualMember member(MembershipStatus status, LocalDate renewalDate) {
        if (status == MembershipStatus.APPLICANT) {
            return new IndividualMember(profile(), "en", "applicant@example.org", NOW);
        }
        return new IndividualMember(profile(), new Standing(status, false, LocalDate.of(2020, 5, 1), renewalDate), "en",
                "registry", NOW, TODAY);
    }

    static IndividualProfile profile() {
        return new IndividualProfile("Rosa Parks", "rosa@example.org", "Montgomery", "AL", Set.of(1L), null, false,
                null, null, null, false);
    }

    @ParameterizedTest
    @EnumSource(MembershipStatus.class)
    void eachTransitionIsAllowedExactlyFromItsStatuses(MembershipStatus from) {
        TRANSITIONS.forEach((action, transition) -> {
            Member member = member(from, TODAY.plusMonths(2));
            assertThat(member.allows(action)).isEqualTo(ALLOWED.get(action).contains(from));
            if (ALLOWED.get(action).contains(from)) {
                transition.accept(member);
                assertThat(member.history()).last().satisfies(change -> {
                    assertThat(change.action()).isEqualTo(action);
                    assertThat(change.from()).isEqualTo(from);
                    assertThat(change.to()).isEqualTo(member.status());
                });
            } else {
                assertThatThrownBy(() -> transition.accept(member)).as("%s from %s", action, from)
                        .isInstanceOf(MembershipTransitionException.class)
                        .extracting(e -> ((MembershipTransitionException) e).key())
                        .isEqualTo("membership.transition.refused");
                assertThat(member.status()).isEqualTo(from);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = MembershipStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnActiveMembershipLapses(MembershipStatus status) {
        Member member = member(status, TODAY.minusYears(1));
        assertThatThrownBy(() -> member.lapse("system", NOW, TODAY, GRACE))
                .isInstanceOf(MembershipTransitionException.class);
        assertThat(member.status()).isEqualTo(status);
    }

    @Test
    void approvalMakesTheApplicantActiveForAYearFromToday() {
        Member member = member(MembershipStatus.APPLICANT, null);
        StatusChange change = member.approve("staff@example.org", NOW, TODAY, "Welcome");
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.memberSince()).isEqualTo(TODAY);
        assertThat(member.renewalDate()).isEqualTo(TODAY.plusYears(1));
        assertThat(change.actor()).isEqualTo("staff@example.org");
        assertThat(change.occurredAt()).isEqualTo(NOW);
        assertThat(change.reason()).isEqualTo("Welcome");
        assertThat(member.history()).extracting(StatusChange::action)
                .containsExactly(MembershipAction.APPLIED, MembershipAction.APPROVED);
    }

    @Test
    void renewingAnActiveMembershipKeepsTheAnniversaryEvenWhenEarlyOrInTheGracePeriod() {
        Member early = member(MembershipStatus.ACTIVE, TODAY.plusDays(20));
        early.renew("staff@example.org", NOW, TODAY, null);
        assertThat(early.renewalDate()).isEqualTo(TODAY.plusDays(20).plusYears(1));

        Member late = member(MembershipStatus.ACTIVE, TODAY.minusDays(10));
        late.renew("staff@example.org", NOW, TODAY, null);
        assertThat(late.renewalDate()).isEqualTo(TODAY.minusDays(10).plusYears(1));
        assertThat(late.status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void renewingALapsedOrWithdrawnMembershipStartsAYearFromToday() {
        for (MembershipStatus status : Set.of(MembershipStatus.LAPSED, MembershipStatus.WITHDRAWN)) {
            Member member = member(status, TODAY.minusMonths(3));
            member.renew("staff@example.org", NOW, TODAY, "paid");
            assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(member.renewalDate()).isEqualTo(TODAY.plusYears(1));
        }
    }

    @Test
    void aMembershipLapsesOnlyAfterTheRenewalDateAndTheWholeGracePeriod() {
        LocalDate renewal = LocalDate.of(2026, 1, 31);
        Member member = member(MembershipStatus.ACTIVE, renewal);
        LocalDate lastDayOfGrace = renewal.plusDays(GRACE);
        assertThat(member.overdue(renewal, GRACE)).isFalse();
        assertThat(member.overdue(lastDayOfGrace, GRACE)).isFalse();
        assertThatThrownBy(() -> member.lapse("system", NOW, lastDayOfGrace, GRACE))
                .isInstanceOf(MembershipTransitionException.class)
                .extracting(e -> ((MembershipTransitionException) e).key())
                .isEqualTo("membership.transition.notOverdue");
        assertThat(member.overdue(lastDayOfGrace.plusDays(1), GRACE)).isTrue();
        StatusChange change = member.lapse("system", NOW, lastDayOfGrace.plusDays(1), GRACE);
        assertThat(member.status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(change.actor()).isEqualTo("system");
        assertThat(change.from()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(change.previousRenewalDate()).isEqualTo(renewal);
    }

    @Test
    void suspendingAndReinstatingNeedAReasonWhichIsKept() {
        Member member = member(MembershipStatus.ACTIVE, TODAY.plusMonths(6));
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> member.suspend("staff@example.org", NOW, missing))
                    .isInstanceOf(MembershipTransitionException.class)
                    .extracting(e -> ((MembershipTransitionException) e).key())
                    .isEqualTo("membership.transition.reasonRequired");
        }
        member.suspend("staff@example.org", NOW, "  Violated the principles of unity ");
        assertThat(member.history()).last().extracting(StatusChange::reason)
                .isEqualTo("Violated the principles of unity");
        assertThatThrownBy(() -> member.reinstate("staff@example.org", NOW, null))
                .isInstanceOf(MembershipTransitionException.class);
        member.reinstate("staff@example.org", NOW, "Board decision of March 2026");
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThatThrownBy(() -> member.suspend("staff@example.org", NOW, "x".repeat(Member.REASON_MAX + 1)))
                .isInstanceOf(MembershipTransitionException.class);
    }

    @Test
    void remindersAreDueThirtyAndSevenDaysAheadAndEachIsSentOnce() {
        LocalDate renewal = TODAY.plusDays(40);
        Member member = member(MembershipStatus.ACTIVE, renewal);
        assertThat(member.remindIfDue(renewal.minusDays(31))).isEmpty();
        assertThat(member.remindIfDue(renewal.minusDays(30))).contains(RenewalReminder.THIRTY_DAYS);
        assertThat(member.remindIfDue(renewal.minusDays(30))).isEmpty();
        assertThat(member.remindIfDue(renewal.minusDays(20))).isEmpty();
        assertThat(member.remindIfDue(renewal.minusDays(8))).isEmpty();
        assertThat(member.remindIfDue(renewal.minusDays(7))).contains(RenewalReminder.SEVEN_DAYS);
        assertThat(member.remindIfDue(renewal.minusDays(6))).isEmpty();
        assertThat(member.remindIfDue(renewal)).isEmpty();
        assertThat(member.remindIfDue(renewal.plusDays(1))).isEmpty();
    }

    @Test
    void aRenewedMembershipIsRemindedAgainForItsNextRenewalDate() {
        LocalDate renewal = TODAY.plusDays(30);
        Member member = member(MembershipStatus.ACTIVE, renewal);
        assertThat(member.remindIfDue(TODAY)).contains(RenewalReminder.THIRTY_DAYS);
        member.renew("staff@example.org", NOW, TODAY, null);
        LocalDate next = renewal.plusYears(1);
        assertThat(member.remindIfDue(next.minusDays(30))).contains(RenewalReminder.THIRTY_DAYS);
    }

    @Test
    void aMemberFirstSeenInTheLastWeekGetsOnlyTheSevenDayReminder() {
        LocalDate renewal = TODAY.plusDays(5);
        Member member = member(MembershipStatus.ACTIVE, renewal);
        assertThat(member.remindIfDue(TODAY)).contains(RenewalReminder.SEVEN_DAYS);
        assertThat(member.remindIfDue(TODAY.plusDays(1))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MembershipStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyActiveMembersAreReminded(MembershipStatus status) {
        Member member = member(status, TODAY.plusDays(7));
        assertThat(member.remindIfDue(TODAY)).isEmpty();
    }

    @Test
    void aRecordedMemberNeedsItsJoiningDateAndRenewsOnTheNextAnniversary() {
        assertThatThrownBy(() -> new IndividualMember(profile(), new Standing(MembershipStatus.ACTIVE, false, null, null),
                "en", "registry", NOW, TODAY)).isInstanceOf(IllegalArgumentException.class);
        Member founding = new IndividualMember(profile(),
                new Standing(MembershipStatus.ACTIVE, true, LocalDate.of(2003, 12, 10), null), "en", "registry", NOW,
                TODAY);
        assertThat(founding.renewalDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(founding.foundingMember()).isTrue();
        assertThat(founding.history()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(MembershipAction.REGISTERED);
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(MembershipStatus.ACTIVE);
        });
    }

    @Test
    void anApplicationIsDecidedOnceAndDeclinedOnlyWithAReason() {
        MembershipApplication declined = new MembershipApplication(member(MembershipStatus.APPLICANT, null), null, NOW);
        assertThatThrownBy(() -> declined.decline("staff@example.org", NOW, " "))
                .isInstanceOf(MembershipTransitionException.class);
        assertThatThrownBy(() -> declined.requestInformation("staff@example.org", NOW, null))
                .isInstanceOf(MembershipTransitionException.class);
        declined.requestInformation("staff@example.org", NOW, "Which counties do you work in?");
        assertThat(declined.status()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        assertThat(declined.status().pending()).isTrue();
        Member applicant = declined.decline("staff@example.org", NOW, "Outside our mission");
        assertThat(applicant).isNotNull();
        assertThat(declined.member()).isNull();
        assertThat(declined.decisions()).extracting(ApplicationDecision::outcome)
                .containsExactly(ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.DECLINED);
        assertThatThrownBy(() -> declined.approve("staff@example.org", NOW, TODAY, null))
                .isInstanceOf(MembershipTransitionException.class);

        MembershipApplication approved = new MembershipApplication(member(MembershipStatus.APPLICANT, null), null, NOW);
        approved.approve("staff@example.org", NOW, TODAY, null);
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.member().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThatThrownBy(() -> approved.decline("staff@example.org", NOW, "changed our mind"))
                .isInstanceOf(MembershipTransitionException.class);
    }
}
