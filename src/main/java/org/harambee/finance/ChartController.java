package org.harambee.finance;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harambee.site.FormErrors;
import org.harambee.site.Option;
import org.harambee.site.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chart of accounts: treasurers add accounts, rename them, retire them and put them in use again. */
@Controller
class ChartController {

    private final Ledger ledger;
    private final MessageSource messages;

    ChartController(Ledger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/treasury/accounts")
    String accounts(Locale locale, Model model) {
        return chartPage(new AccountForm(), FormErrors.none(), locale, model);
    }

    @PostMapping("/treasury/accounts")
    String addAccount(@Valid @ModelAttribute("account") AccountForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ledger.addAccount(form);
                redirect.addFlashAttribute("notice", "finance.account.added");
                return "redirect:/treasury/accounts";
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        return chartPage(form, FormErrors.of(result), locale, model);
    }

    @GetMapping("/treasury/accounts/{id}")
    String account(@PathVariable Long id, Locale locale, Model model) {
        return accountPage(id, ledger.accountChange(id), FormErrors.none(), locale, model);
    }

    @PostMapping("/treasury/accounts/{id}")
    String changeAccount(@PathVariable Long id, @Valid @ModelAttribute("change") AccountChange form,
            BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return accountPage(id, form, FormErrors.of(result), locale, model);
        }
        ledger.changeAccount(id, form);
        redirect.addFlashAttribute("notice", "finance.account.saved");
        return "redirect:/treasury/accounts";
    }

    private String chartPage(AccountForm form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("accounts", ledger.chart(locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", kinds(locale));
        return "finance/accounts";
    }

    private String accountPage(Long id, AccountChange form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("account", ledger.account(id, locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "finance/account";
    }

    private List<Option> kinds(Locale locale) {
        return Arrays.stream(AccountKind.values()).map(kind -> new Option(kind.name(),
                messages.getMessage("finance.kind." + kind.name(), null, locale))).toList();
    }
}
