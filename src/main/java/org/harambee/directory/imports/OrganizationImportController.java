package org.harambee.directory.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationType;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff upload a CSV file of organizations, follow its check, review it, import it and read the report. */
@Controller
@RequestMapping("/staff/import/organizations")
class OrganizationImportController {

    static final int MATCHES_PER_PAGE = 100;
    private static final String CHOICE = "choice-";

    private final OrganizationImporter importer;
    private final Taxonomy taxonomy;

    OrganizationImportController(OrganizationImporter importer, Taxonomy taxonomy) {
        this.importer = importer;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String upload(Model model) {
        return uploadPage(model, null);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("organizations.csv").build().toString())
                .body(OrganizationCsv.template());
    }

    @PostMapping
    String receive(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadPage(model, "directory.import.upload.empty");
        }
        if (file.getSize() > OrganizationImporter.MAX_BYTES) {
            return uploadPage(model, "directory.import.upload.tooLarge");
        }
        return "redirect:/staff/import/organizations/" + importer.receive(file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        OrganizationImporter.Followed followed = importer.follow(id);
        OrganizationImport found = followed.imported();
        int pages = Math.max(1, (found.matchCount() + MATCHES_PER_PAGE - 1) / MATCHES_PER_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        boolean review = found.state() == ImportState.READY;
        model.addAttribute("found", ImportReport.of(found));
        model.addAttribute("job", followed.job());
        model.addAttribute("problems", review ? importer.problems(id) : List.of());
        model.addAttribute("matches", review ? importer.matches(id, shown * MATCHES_PER_PAGE, MATCHES_PER_PAGE)
                : List.of());
        model.addAttribute("matchPage", shown);
        model.addAttribute("matchPages", pages);
        return "directory/imports/import";
    }

    /** The progress part of the page, for htmx to refresh; once the work is done, the whole page is reloaded. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        OrganizationImporter.Followed followed = importer.follow(id);
        if (!followed.imported().state().running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", followed.job());
        model.addAttribute("url", "/staff/import/organizations/" + id + "/progress");
        model.addAttribute("steps", "directory.import.step.");
        return "jobs/progress";
    }

    @PostMapping("/{id}/choices")
    String choose(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "all", required = false) ImportMatch.Decision all,
            @RequestParam(name = "page", defaultValue = "0") int page, RedirectAttributes redirect) {
        boolean saved = all == null ? importer.decide(id, choicesIn(form)) : importer.decideAll(id, all);
        redirect.addFlashAttribute("notice", saved ? "directory.import.choices.saved"
                : "directory.import.choices.tooLate");
        return "redirect:/staff/import/organizations/" + id + "?page=" + Math.max(page, 0);
    }

    @PostMapping("/{id}/commit")
    String commit(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        importer.decide(id, choicesIn(form));
        if (!importer.commit(id)) {
            redirect.addFlashAttribute("notice", "directory.import.commit.refused");
        }
        return "redirect:/staff/import/organizations/" + id;
    }

    private String uploadPage(Model model, String refusal) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("columns", List.of(ImportColumn.values()));
        model.addAttribute("issueAreas", taxonomy.activeIssueAreas());
        model.addAttribute("types", List.of(OrganizationType.values()));
        model.addAttribute("capacities", List.of(Capacity.values()));
        model.addAttribute("statuses", List.of(MembershipStatus.values()));
        model.addAttribute("recent", importer.recent().stream().map(ImportReport::of).toList());
        model.addAttribute("maxRows", OrganizationCsv.MAX_ROWS);
        return "directory/imports/upload";
    }

    /** The choices in a submitted form ({@code choice-12=UPDATE}); anything else in it is ignored. */
    private static Map<Integer, ImportMatch.Decision> choicesIn(Map<String, String> form) {
        Map<Integer, ImportMatch.Decision> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(CHOICE) && name.substring(CHOICE.length()).matches("\\d{1,9}")) {
                for (ImportMatch.Decision decision : ImportMatch.Decision.values()) {
                    if (decision.name().equals(value)) {
                        choices.put(Integer.valueOf(name.substring(CHOICE.length())), decision);
                    }
                }
            }
        });
        return choices;
    }
}
