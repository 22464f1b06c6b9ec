package org.harambee.finance;

import org.harambee.site.FormErrors;
import org.springframework.ui.Model;

/** The page of an invoice or credit note, as its member's representatives and as treasurers read it. */
final class InvoicePage {

    private InvoicePage() {
    }

    /**
     * Fills the page of the document {@code id} of this statement (unknown when the statement has no such
     * document); treasurers' pages carry the form that credits it, {@code form} with its {@code errors}.
     */
    static String show(Model model, DuesStatement statement, Long id, DuesForms.Credit form, FormErrors errors,
            boolean treasurer) {
        model.addAttribute("statement", statement);
        model.addAttribute("document", statement.document(id).orElseThrow(() -> new UnknownEntryException(id)));
        model.addAttribute("credit", form);
        model.addAttribute("errors", errors);
        model.addAttribute("treasurer", treasurer);
        return "finance/invoice";
    }
}
