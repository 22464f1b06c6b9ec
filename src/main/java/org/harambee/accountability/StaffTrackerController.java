package org.harambee.accountability;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff import files of recommendations and follow their progress, and keep the country's treaty positions. */
@Controller
class StaffTrackerController {

    private final UprImporter importer;
    private final Treaties treaties;
    private final MessageSource messages;

    StaffTrackerController(UprImporter importer, Treaties treaties, MessageSource messages) {
        this.importer = importer;
        this.treaties = treaties;
        this.messages = messages;
    }

    @GetMapping("/staff/un/import")
    String upload(Model model) {
        return uploadPage(model, null);
    }

    @PostMapping("/staff/un/import")
    String receive(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal HarambeeUser user, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadPage(model, "accountability.import.upload.empty");
        }
        if (file.getSize() > UprImporter.MAX_BYTES) {
            return uploadPage(model, "accountability.import.upload.tooLarge");
        }
        return "redirect:/staff/un/import/" + importer.receive(file.getOriginalFilename(), file.getBytes(), user);
    }

    @GetMapping("/staff/un/import/{id}")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        RecommendationImport found = importer.find(id);
        model.addAttribute("found", found);
        model.addAttribute("problem", found.problemKey() == null ? null
                : ImportProblems.describe(found, messages, locale));
        return "accountability/import";
    }

    /** The progress part of the page, for htmx to refresh; once the work is done, the whole page is reloaded. */
    @GetMapping("/staff/un/import/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        RecommendationImport found = importer.find(id);
        if (!found.state().running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("found", found);
        return "accountability/import-progress";
    }

    @PostMapping("/staff/un/treaties/{code}")
    String record(@PathVariable String code, @RequestParam(required = false) RatificationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ratifiedOn,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            treaties.record(code, status, signedOn, ratifiedOn, note);
            redirect.addFlashAttribute("notice", "accountability.treaty.saved");
        } catch (FollowUpException refused) {
            redirect.addFlashAttribute("notice", refused.reason());
        }
        return "redirect:/un/treaties#" + code;
    }

    private String uploadPage(Model model, String refusal) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("recent", importer.recent());
        model.addAttribute("columns", List.of(UprFile.Column.values()));
        return "accountability/upload";
    }
}
