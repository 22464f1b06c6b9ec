package org.harambee.accountability;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.UniqueField;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
        FollowedImport followed = importer.follow(id);
        RecommendationImport imported = followed.imported();
        model.addAttribute("report", ImportReport.of(imported, followed.job(), followed.interrupted(),
                imported.problemKey() == null ? null : ImportProblems.describe(imported, messages, locale)));
        return "accountability/import";
    }

    /** The progress part of the page, for htmx to refresh; once the work is done, the whole page is reloaded. */
    @GetMapping("/staff/un/import/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        FollowedImport followed = importer.follow(id);
        if (!followed.imported().state().running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", followed.job());
        model.addAttribute("url", "/staff/un/import/" + id + "/progress");
        model.addAttribute("steps", "accountability.import.state.");
        return "jobs/progress";
    }

    @GetMapping("/staff/un/treaties/{code}")
    String editTreaty(@PathVariable String code, Model model) {
        Treaties.Position position = treaties.position(code);
        return treatyPage(TreatyForm.of(position), position, FormErrors.none(), model);
    }

    @PostMapping("/staff/un/treaties/{code}")
    String recordTreaty(@PathVariable String code, @ModelAttribute("form") TreatyForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Treaties.Position position = treaties.position(code);
        if (!result.hasErrors()) {
            try {
                treaties.record(code, form.getVersion(), form.getStatus(), form.getSignedOn(), form.getRatifiedOn(), form.getNote());
                redirect.addFlashAttribute("notice", "accountability.treaty.saved");
                return "redirect:/un/treaties#" + code;
            } catch (TrackerRuleException refused) {
                refused.rejectInto(result);
            }
        }
        return treatyPage(form, position, FormErrors.of(result), model);
    }

    @GetMapping("/staff/un/instruments/new")
    String newInstrument(Model model) {
        TreatyForm form = new TreatyForm();
        form.setStatus(RatificationStatus.NOT_SIGNED);
        return treatyPage(form, null, FormErrors.none(), model);
    }

    @PostMapping("/staff/un/instruments/new")
    String addInstrument(@ModelAttribute("form") TreatyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.instrumentProblems().forEach((field, reason) -> {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, reason);
            }
        });
        if (!result.hasErrors()) {
            try {
                if (UniqueField.save(() -> treaties.add(form.getCode(), form.getNameEn().strip(),
                        form.getNameEs().strip(), form.getAdopted(), form.getMonitoringBody() == null
                                || form.getMonitoringBody().isBlank() ? null : form.getMonitoringBody(),
                        form.getStatus(), form.getSignedOn(), form.getRatifiedOn(), form.getNote()), result, "code",
                        "accountability.instrument.code.taken")) {
                    redirect.addFlashAttribute("notice", "accountability.instrument.added");
                    return "redirect:/un/treaties#" + form.getCode();
                }
            } catch (TrackerRuleException refused) {
                refused.rejectInto(result);
            }
        }
        return treatyPage(form, null, FormErrors.of(result), model);
    }

    private String treatyPage(TreatyForm form, Treaties.Position position, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("position", position);
        model.addAttribute("errors", errors);
        model.addAttribute("country", treaties.country());
        return "accountability/treaty-edit";
    }

    private String uploadPage(Model model, String refusal) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("recent", importer.recent().stream().map(ImportReport::listed).toList());
        model.addAttribute("columns", List.of(UprFile.Column.values()));
        return "accountability/upload";
    }
}
