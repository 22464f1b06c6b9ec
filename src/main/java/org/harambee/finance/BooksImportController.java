package org.harambee.finance;

import java.io.IOException;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Treasurers import grants, donations, other income and expenses from a CSV file, all or nothing. */
@Controller
class BooksImportController {

    private final BooksImport imports;

    BooksImportController(BooksImport imports) {
        this.imports = imports;
    }

    @GetMapping("/treasury/import")
    String form(Model model) {
        model.addAttribute("problems", List.of());
        return "finance/import";
    }

    @PostMapping("/treasury/import")
    String receive(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal HarambeeUser treasurer, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(new Reports.ImportProblem(1, null, "finance.import.problem.noFile")));
            return "finance/import";
        }
        if (file.getSize() > BooksImport.MAX_BYTES) {
            model.addAttribute("problems", List.of(new Reports.ImportProblem(1, null,
                    "finance.import.problem.tooLarge")));
            return "finance/import";
        }
        BooksImport.Outcome outcome = imports.importFile(file.getBytes(),
                treasurer.accountId());
        if (!outcome.problems().isEmpty()) {
            model.addAttribute("problems", outcome.problems().stream().map(problem -> new Reports.ImportProblem(
                    problem.line(), problem.column(), problem.key())).toList());
            return "finance/import";
        }
        redirect.addFlashAttribute("notice", "finance.import.posted");
        return "redirect:/treasury/journal";
    }
}
