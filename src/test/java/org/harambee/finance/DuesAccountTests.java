package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.harambee.membership.MembershipStatus;
import org.junit.jupiter.api.Test;

/**
 * The one rule of good standing, and how credits settle a member's invoices: in the order things happened, a credit
 * note its own invoice first, a payment the oldest invoice owed, what is left over the next invoice issued.
 */
class DuesAccountTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final int GRACE = 30;
    private static final LocalDate ISSUED = LocalDate.of(2027, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2028, 1, 1);

    private static Money usd(String amount) {
        return Money.parse(amount, USD).orElseThrow();
    }

    private static DuesAccount.Charge invoice(long id, int year, String amount, LocalDate issued, LocalDate due) {
        return new DuesAccount.Charge(id, "2027-000" + id, year, usd(amount), issued, due);
    }

    private static DuesAccount.Credit payment(String amount, LocalDate on) {
        return new DuesAccount.Credit(null, usd(amount), on);
    }

    private static DuesAccount account(List<DuesAccount.Charge> charges, List<DuesAccount.Credit> credits,
            Integer... waived) {
        return DuesAccount.of(USD, charges, credits, List.of(waived));
    }

    @Test
    void anActiveMemberWithNothingInvoicedIsInGoodStanding() {
        assertThat(account(List.of(), List.of()).standing(MembershipStatus.ACTIVE, DUE, GRACE))
                .isEqualTo(StandingReason.GOOD);
    }

    @Test
    void membershipComesFirstWhateverTheDues() {
        DuesAccount paid = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)), List.of(payment("300", ISSUED)));
        assertThat(paid.standing(null, DUE, GRACE)).isEqualTo(StandingReason.NOT_A_MEMBER);
        for (MembershipStatus status : List.of(MembershipStatus.APPLICANT, MembershipStatus.LAPSED,
                MembershipStatus.SUSPENDED, MembershipStatus.WITHDRAWN)) {
            assertThat(paid.standing(status, DUE, GRACE)).as(status.name()).isEqualTo(StandingReason.NOT_ACTIVE);
        }
    }

    @Test
    void anUnpaidInvoiceCostsGoodStandingOnlyAfterItsDueDateAndTheGracePeriod() {
        DuesAccount unpaid = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)), List.of());
        assertThat(unpaid.standing(MembershipStatus.ACTIVE, DUE, GRACE)).isEqualTo(StandingReason.GOOD);
        assertThat(unpaid.standing(MembershipStatus.ACTIVE, DUE.plusDays(GRACE), GRACE))
                .isEqualTo(StandingReason.GOOD);
        assertThat(unpaid.standing(MembershipStatus.ACTIVE, DUE.plusDays(GRACE + 1), GRACE))
                .isEqualTo(StandingReason.DUES_OVERDUE);
        assertThat(unpaid.owed()).isEqualTo(usd("300"));
    }

    @Test
    void standingOnARecordDateCountsOnlyWhatWasSettledByThatDay() {
        LocalDate late = DUE.plusDays(60);
        DuesAccount paidLate = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)), List.of(payment("300", late)));
        assertThat(paidLate.standing(MembershipStatus.ACTIVE, late.minusDays(1), GRACE))
                .isEqualTo(StandingReason.DUES_OVERDUE);
        assertThat(paidLate.standing(MembershipStatus.ACTIVE, late, GRACE)).isEqualTo(StandingReason.GOOD);
        assertThat(paidLate.invoices().get(0).settledOn()).isEqualTo(late);
    }

    @Test
    void aPartialPaymentLeavesTheRestOwedAndTheMemberOverdueAfterGrace() {
        DuesAccount partly = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)), List.of(payment("120.50",
                DUE.minusDays(3))));
        assertThat(partly.owed()).isEqualTo(usd("179.50"));
        assertThat(partly.invoices().get(0).settled()).isFalse();
        assertThat(partly.standing(MembershipStatus.ACTIVE, DUE.plusDays(GRACE + 1), GRACE))
                .isEqualTo(StandingReason.DUES_OVERDUE);
    }

    @Test
    void paymentsSettleTheOldestInvoiceFirstAndWhatIsLeftBecomesCreditForTheNextInvoice() {
        LocalDate nextIssued = ISSUED.plusYears(1);
        DuesAccount account = account(List.of(invoice(1, 2027, "100", ISSUED.minusYears(1), DUE.minusYears(1)),
                invoice(2, 2028, "300", ISSUED, DUE), invoice(3, 2029, "300", nextIssued, DUE.plusYears(1))),
                List.of(payment("450", ISSUED.plusDays(5))));
        assertThat(account.invoices()).extracting(DuesAccount.Settlement::settledOn)
                .containsExactly(ISSUED.plusDays(5), ISSUED.plusDays(5), null);
        assertThat(account.invoices().get(2).owed()).isEqualTo(usd("250"));
        assertThat(account.credit()).isEqualTo(usd("0"));
        assertThat(account.owed()).isEqualTo(usd("250"));
    }

    @Test
    void anOverpaymentIsCreditUntilAnInvoiceIsIssuedWhichItSettlesThatDay() {
        DuesAccount credit = account(List.of(), List.of(payment("500", ISSUED)));
        assertThat(credit.credit()).isEqualTo(usd("500"));
        assertThat(credit.owed()).isEqualTo(usd("0"));
        LocalDate issued = ISSUED.plusMonths(2);
        DuesAccount later = account(List.of(invoice(1, 2028, "300", issued, issued.plusDays(30))),
                List.of(payment("500", ISSUED)));
        assertThat(later.invoices().get(0).settledOn()).isEqualTo(issued);
        assertThat(later.credit()).isEqualTo(usd("200"));
    }

    @Test
    void aCreditNoteSettlesItsOwnInvoiceBeforeAnOlderOneStillOwed() {
        DuesAccount account = account(List.of(invoice(1, 2027, "100", ISSUED.minusYears(1), DUE.minusYears(1)),
                invoice(2, 2028, "300", ISSUED, DUE)), List.of(payment("50", ISSUED.plusDays(1)),
                new DuesAccount.Credit(2L, usd("300"), ISSUED.plusDays(2))));
        assertThat(account.invoices().get(0).owed()).isEqualTo(usd("50"));
        assertThat(account.invoices().get(1).settledOn()).isEqualTo(ISSUED.plusDays(2));
        assertThat(account.credit()).isEqualTo(usd("0"));
    }

    @Test
    void whatACreditNoteTakesOffAPaidInvoiceBecomesCredit() {
        DuesAccount account = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)), List.of(
                payment("300", ISSUED.plusDays(1)), new DuesAccount.Credit(1L, usd("120"), ISSUED.plusDays(2))));
        assertThat(account.invoices().get(0).settledOn()).isEqualTo(ISSUED.plusDays(1));
        assertThat(account.credit()).isEqualTo(usd("120"));
        assertThat(account.creditable(1L)).isEqualTo(usd("180"));
        assertThat(account.invoiced(2028)).isTrue();
    }

    @Test
    void anInvoiceCreditedInFullNoLongerCountsAsTheYearsInvoice() {
        DuesAccount account = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)),
                List.of(new DuesAccount.Credit(1L, usd("300"), ISSUED.plusDays(1))));
        assertThat(account.invoiced(2028)).isFalse();
        assertThat(account.creditable(1L)).isEqualTo(usd("0"));
        assertThat(account.standing(MembershipStatus.ACTIVE, DUE.plusYears(1), GRACE)).isEqualTo(StandingReason.GOOD);
    }

    @Test
    void duesAreSettledThroughTheLastYearWithEveryEarlierYearSettledOrWaived() {
        DuesAccount account = account(List.of(invoice(1, 2026, "100", ISSUED.minusYears(2), DUE.minusYears(2)),
                invoice(2, 2028, "300", ISSUED, DUE), invoice(3, 2029, "300", ISSUED.plusYears(1),
                        DUE.plusYears(1))), List.of(payment("400", ISSUED)), 2027);
        assertThat(account.settledThroughYear()).hasValue(2028);
        assertThat(account.waived(2027)).isTrue();
        assertThat(account.invoice(3L).orElseThrow().settled()).isFalse();
        assertThat(account(List.of(), List.of()).settledThroughYear()).isEmpty();
    }

    @Test
    void thingsOfTheSameDayHappenInOrderInvoicesThenCreditNotesThenPayments() {
        DuesAccount account = account(List.of(invoice(1, 2028, "300", ISSUED, DUE)), List.of(payment("300", ISSUED)));
        assertThat(account.invoices().get(0).settledOn()).isEqualTo(ISSUED);
        assertThat(account.credit()).isEqualTo(usd("0"));
    }
}
