package org.harambee.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.harambee.membership.MembershipStatus;

/**
 * One member's dues as the books know them: its invoices, the credit notes that reduce them, its counted payments
 * and its waivers. Credits settle invoices in the order things happened: a credit note settles its own invoice first,
 * a payment the oldest invoice still owed; what no invoice owes is the member's credit, and settles the next invoice
 * when it is issued. From this follows when each invoice was settled, and the one rule of good standing.
 */
final class DuesAccount {

    private final Currency currency;
    private final Map<Long, Settlement> invoices = new LinkedHashMap<>();
    private final List<Integer> waivedYears = new ArrayList<>();
    private final Map<Long, Money> credited = new HashMap<>();
    private Money credit;

    private DuesAccount(Currency currency) {
        this.currency = currency;
        this.credit = Money.zero(currency);
    }

    /** An invoice: how much is still owed on it after every credit, and the day it was settled (null while owed). */
    record Settlement(Charge charge, Money owed, LocalDate settledOn) {

        boolean settled() {
            return settledOn != null;
        }
    }

    /** What an invoice asks: its id and number, membership year, amount, the day issued and the day due. */
    record Charge(Long id, String number, int membershipYear, Money amount, LocalDate issuedOn, LocalDate dueOn) {
    }

    /** A credit to the member: a credit note of an invoice ({@code invoiceId}), or a payment (no invoice). */
    record Credit(Long invoiceId, Money amount, LocalDate on) {
    }

    /**
     * The account of these charges and credits (any order) and of the membership years waived for the member.
     * Things of the same day happen in this order: invoices, credit notes, payments.
     */
    static DuesAccount of(Currency currency, List<Charge> charges, List<Credit> credits, List<Integer> waivedYears) {
        DuesAccount account = new DuesAccount(currency);
        account.waivedYears.addAll(waivedYears);
        List<Object> events = new ArrayList<>(charges);
        events.addAll(credits);
        events.sort(Comparator.comparing(DuesAccount::day).thenComparing(DuesAccount::order));
        events.forEach(event -> {
            if (event instanceof Charge charge) {
                account.charge(charge);
            } else {
                account.credit((Credit) event);
            }
        });
        return account;
    }

    private static LocalDate day(Object event) {
        return event instanceof Charge charge ? charge.issuedOn() : ((Credit) event).on();
    }

    private static int order(Object event) {
        return event instanceof Charge ? 0 : ((Credit) event).invoiceId() != null ? 1 : 2;
    }

    private void charge(Charge charge) {
        invoices.put(charge.id(), new Settlement(charge, charge.amount(), null));
        settleFromCredit(charge.issuedOn());
    }

    private void credit(Credit credit) {
        Money left = credit.amount();
        if (credit.invoiceId() != null) {
            credited.merge(credit.invoiceId(), credit.amount(), Money::plus);
        }
        Settlement own = credit.invoiceId() == null ? null : invoices.get(credit.invoiceId());
        if (own != null && !own.settled()) {
            Money applied = Money.min(left, own.owed());
            left = left.minus(applied);
            reduce(own, applied, credit.on());
        }
        this.credit = this.credit.plus(left);
        settleFromCredit(credit.on());
    }

    private void settleFromCredit(LocalDate day) {
        for (Settlement settlement : List.copyOf(invoices.values())) {
            if (credit.isZero()) {
                return;
            }
            if (!settlement.settled()) {
                Money applied = Money.min(credit, settlement.owed());
                credit = credit.minus(applied);
                reduce(settlement, applied, day);
            }
        }
    }

    private void reduce(Settlement settlement, Money applied, LocalDate day) {
        Money owed = settlement.owed().minus(applied);
        invoices.put(settlement.charge().id(), new Settlement(settlement.charge(), owed, owed.isZero() ? day : null));
    }

    /**
     * The rule of good standing on {@code day}: the member was active that day ({@code status}, null when it was
     * not a member yet), and no invoice was still owed that day more than {@code graceDays} after it fell due.
     */
    StandingReason standing(MembershipStatus status, LocalDate day, int graceDays) {
        if (status == null) {
            return StandingReason.NOT_A_MEMBER;
        }
        if (status != MembershipStatus.ACTIVE) {
            return StandingReason.NOT_ACTIVE;
        }
        boolean overdue = invoices.values().stream()
                .filter(each -> day.isAfter(each.charge().dueOn().plusDays(graceDays)))
                .anyMatch(each -> !each.settled() || each.settledOn().isAfter(day));
        return overdue ? StandingReason.DUES_OVERDUE : StandingReason.GOOD;
    }

    /** Every invoice with what is still owed on it, oldest first. */
    List<Settlement> invoices() {
        return List.copyOf(invoices.values());
    }

    Optional<Settlement> invoice(Long id) {
        return Optional.ofNullable(invoices.get(id));
    }

    /** What the member owes now, over all its invoices. */
    Money owed() {
        return invoices.values().stream().map(Settlement::owed).reduce(Money.zero(currency), Money::plus);
    }

    /** What the member paid beyond what its invoices asked: it settles the next invoice. */
    Money credit() {
        return credit;
    }

    /**
     * The last membership year whose dues are settled or waived, with every earlier year it was invoiced for
     * settled too; empty when there is none.
     */
    OptionalInt settledThroughYear() {
        Map<Integer, Boolean> years = new TreeMap<>();
        invoices.values().forEach(each -> years.merge(each.charge().membershipYear(), each.settled(), Boolean::logicalAnd));
        waivedYears.forEach(year -> years.put(year, true));
        OptionalInt through = OptionalInt.empty();
        for (Map.Entry<Integer, Boolean> year : years.entrySet()) {
            if (!year.getValue()) {
                return through;
            }
            through = OptionalInt.of(year.getKey());
        }
        return through;
    }

    /** Whether the member has an invoice for this membership year that no credit note reduced to nothing. */
    boolean invoiced(int membershipYear) {
        return invoices.values().stream().anyMatch(each -> each.charge().membershipYear() == membershipYear
                && creditable(each.charge().id()).signum() > 0);
    }

    /** How much of this invoice credit notes may still reduce: its amount less the credit notes it has. */
    Money creditable(Long invoiceId) {
        Settlement invoice = invoices.get(invoiceId);
        return invoice == null ? Money.zero(currency)
                : invoice.charge().amount().minus(credited.getOrDefault(invoiceId, Money.zero(currency)));
    }

    boolean waived(int membershipYear) {
        return waivedYears.contains(membershipYear);
    }
}
