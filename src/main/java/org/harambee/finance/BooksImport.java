package org.harambee.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.site.UploadedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file of grants, donations, other income and expenses ({@link BooksFile}) into the journal, all or
 * nothing: the file is read and every row checked against the chart (each account exists, is in use and of the
 * right kind) and the closed periods first; any problem, named by line and column, and nothing is posted. Otherwise
 * every row is posted as a two-line entry, in one transaction, and named on the public account when it says so.
 */
@Service
class BooksImport {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Ledger ledger;
    private final PublicAccount publicAccount;
    private final AuditLog auditLog;

    BooksImport(Ledger ledger, PublicAccount publicAccount, AuditLog auditLog) {
        this.ledger = ledger;
        this.publicAccount = publicAccount;
        this.auditLog = auditLog;
    }

    /** What an import did: the problems that stopped it (nothing posted), or how many entries it posted. */
    record Outcome(List<BooksFile.Problem> problems, int posted) {
    }

    @Transactional
    Outcome importFile(byte[] bytes, UUID treasurer) {
        if (bytes.length > MAX_BYTES) {
            return refused(new BooksFile.Problem(1, null, "finance.import.problem.tooLarge"));
        }
        String text;
        try {
            text = UploadedText.decode(bytes).text();
        } catch (UploadedText.Unreadable unreadable) {
            return refused(new BooksFile.Problem(unreadable.line(), null, unreadable.reason()
                    == UploadedText.Reason.EMPTY ? "finance.import.problem.noHeader"
                    : "finance.import.problem.unreadable"));
        }
        BooksFile.Result read = BooksFile.read(text, ledger.currency());
        if (!read.accepted()) {
            return new Outcome(read.problems(), 0);
        }
        List<BooksFile.Problem> problems = check(read.rows());
        if (!problems.isEmpty()) {
            return new Outcome(problems, 0);
        }
        for (BooksFile.Row row : read.rows()) {
            String category = row.account();
            List<Ledger.Leg> legs = row.kind().income()
                    ? List.of(Ledger.Leg.debit(row.bank(), row.amount(), null), Ledger.Leg.credit(category,
                            row.amount(), null))
                    : List.of(Ledger.Leg.debit(category, row.amount(), null), Ledger.Leg.credit(row.bank(),
                            row.amount(), null));
            Long entry = ledger.postByCode(row.date(), row.description(), legs, treasurer);
            if (row.publicName() != null) {
                publicAccount.name(entry, row.publicName(), treasurer);
            }
        }
        auditLog.record("finance.import.posted", read.rows().size() + " journal entries", null);
        return new Outcome(List.of(), read.rows().size());
    }

    private static Outcome refused(BooksFile.Problem problem) {
        return new Outcome(List.of(problem), 0);
    }

    /** The rows' accounts against the chart, and their dates against the closed periods. */
    private List<BooksFile.Problem> check(List<BooksFile.Row> rows) {
        Map<String, AccountView> chart = new HashMap<>();
        ledger.chart(Locale.ENGLISH).forEach(account -> chart.put(account.code(), account));
        Optional<LocalDate> closed = ledger.closedThrough();
        List<BooksFile.Problem> problems = new ArrayList<>();
        for (BooksFile.Row row : rows) {
            AccountView category = chart.get(row.account());
            AccountKind wanted = row.kind().income() ? AccountKind.INCOME : AccountKind.EXPENSE;
            if (category == null || !category.active() || category.kind() != wanted) {
                problems.add(new BooksFile.Problem(row.line(), "account", row.kind().income()
                        ? "finance.import.problem.incomeAccount" : "finance.import.problem.expenseAccount"));
            }
            AccountView bank = chart.get(row.bank());
            if (bank == null || !bank.active() || bank.kind() != AccountKind.ASSET) {
                problems.add(new BooksFile.Problem(row.line(), "bank_account", "finance.import.problem.bankAccount"));
            }
            if (closed.isPresent() && !row.date().isAfter(closed.get())) {
                problems.add(new BooksFile.Problem(row.line(), "date", "finance.import.problem.closed"));
            }
            if (problems.size() >= BooksFile.MAX_PROBLEMS) {
                break;
            }
        }
        return problems;
    }
}
