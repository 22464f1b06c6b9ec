package org.harambee.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The reports of the books, as the treasurer's pages, the CSV downloads and the public account read them. */
public final class Reports {

    private Reports() {
    }

    /** An account's amount in a report, on its normal side. */
    public record Line(AccountView account, Money amount) {
    }

    /** Income and expenses of a period, and what is left (negative: a deficit). */
    public record IncomeStatement(LocalDate from, LocalDate to, List<Line> income, List<Line> expenses,
            Money totalIncome, Money totalExpenses, Money net) {
    }

    /**
     * What the network has and owes on a day: assets, liabilities, net assets, and the net income of every period
     * not yet closed into net assets; assets equal the rest.
     */
    public record BalanceSheet(LocalDate on, List<Line> assets, List<Line> liabilities, List<Line> netAssets,
            Money totalAssets, Money totalLiabilities, Money netIncome, Money totalNetAssets) {

        public boolean balances() {
            return totalAssets.equals(totalLiabilities.plus(totalNetAssets));
        }
    }

    /** A year's budget against actual for an account: what was planned, what the books hold, what is left. */
    public record BudgetRow(AccountView account, Money budget, Money actual) {

        public Money left() {
            return budget.minus(actual);
        }

        /** The actual as a share of the budget, in whole percent; -1 without a budget. */
        public int percent() {
            return budget.isZero() ? -1 : actual.amount().multiply(BigDecimal.valueOf(100))
                    .divide(budget.amount(), 0, RoundingMode.HALF_UP).intValue();
        }
    }

    /** A year's budget against actual, income and expenses, with their totals. */
    public record Budget(MembershipYear year, LocalDate through, List<BudgetRow> income, List<BudgetRow> expenses,
            Money incomeBudget, Money incomeActual, Money expenseBudget, Money expenseActual) {
    }

    /** The public account of a year: income and expenses by category against the budget, dues by rate. */
    public record PublicReport(MembershipYear year, LocalDate through, List<Category> income, List<Category> expenses,
            List<Tier> dues, Money totalIncome, Money incomeBudget, Money totalExpenses, Money expenseBudget) {

        public Money net() {
            return totalIncome.minus(totalExpenses);
        }

        /** The largest amount of the charts, which sets their scale. */
        public Money largest() {
            Money largest = Money.zero(totalIncome.currency());
            for (Category category : income) {
                largest = larger(larger(largest, category.actual()), category.budget());
            }
            for (Category category : expenses) {
                largest = larger(larger(largest, category.actual()), category.budget());
            }
            return largest;
        }

        private static Money larger(Money one, Money other) {
            return one.amount().compareTo(other.amount()) >= 0 ? one : other;
        }
    }

    /** A category of income or expenses (an account of the chart) with the entries named in it. */
    public record Category(String name, Money actual, Money budget, List<Named> named) {

        /** This amount as a share of {@code largest}, in thousandths, for a chart's bar. */
        public int permille(Money amount, Money largest) {
            return largest.isZero() ? 0 : amount.amount().multiply(BigDecimal.valueOf(1000))
                    .divide(largest.amount(), 0, RoundingMode.HALF_UP).intValue();
        }
    }

    /** A grant maker or payee named for the public account, with its amount in its category. */
    public record Named(String name, Money amount) {
    }

    /** Dues of one rate: how many members were invoiced, and their dues after credit notes. */
    public record Tier(DuesRate rate, int members, Money total) {
    }

    /** A closing of the books: through which day, and when it was made. */
    public record Closing(LocalDate through, Instant closedAt) {
    }

    /** A problem of an imported file: its line, its column (null for the line or file as a whole), why. */
    public record ImportProblem(int line, String column, String key) {
    }
}
