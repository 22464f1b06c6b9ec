package org.harambee.library;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationId;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.Installation;
import org.harambee.site.OnRefusal;
import org.harambee.site.Option;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library: search, a resource's page, downloads, and submitting resources and file versions. */
@Controller
class LibraryController {

    static final int SIMILAR = 5;

    private final Library library;
    private final LibrarySearch search;
    private final LibraryPages pages;
    private final OrganizationAccess organizations;
    private final LibraryFeed feed;
    private final LibraryCollections collections;
    private final MessageSource messages;
    private final String baseUrl;
    private final RelatedPages related;

    LibraryController(Library library, LibrarySearch search, LibraryPages pages, OrganizationAccess organizations,
            LibraryFeed feed, LibraryCollections collections, MessageSource messages,
            Installation installation, RelatedPages related) {
        this.related = related;
        this.collections = collections;
        this.feed = feed;
        this.messages = messages;
        this.baseUrl = installation.address();
        this.library = library;
        this.search = search;
        this.pages = pages;
        this.organizations = organizations;
    }

    @GetMapping("/library")
    String search(@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, Model model) {
        LibraryQuery query = LibraryQuery.of(parameters);
        model.addAttribute("library", pages.view(search.search(query, user), locale));
        model.addAttribute("maySubmit", Library.maySubmit(user));
        model.addAttribute("collections", query.empty() ? collections.all() : List.of());
        return "library/search";
    }

    @GetMapping("/library/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.atom(messages.getMessage("library.feed.title", null, locale)));
    }

    @GetMapping("/library/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        ResourceView resource = library.find(id, user);
        boolean staff = user != null && user.isStaff();
        model.addAttribute("resource", resource);
        model.addAttribute("issueAreas", pages.issueAreaNames(resource, locale));
        model.addAttribute("rights", pages.rightNames(resource, locale));
        model.addAttribute("instruments", pages.instrumentNames(resource, locale));
        model.addAttribute("languages", pages.languageNames(resource, locale));
        model.addAttribute("authors", organizations.profiles(OrganizationId.all(resource.authorOrganizations()), user)
                .stream().map(view -> new AuthorOrganization(view.name(), view.slug())).toList());
        model.addAttribute("staff", staff);
        model.addAttribute("similar", search.similar(resource, user, SIMILAR));
        model.addAttribute("inCollections", collections.holding(resource.id()));
        model.addAttribute("otherCollections", staff ? collections.all().stream()
                .filter(collection -> !collection.holds(resource.id())).toList() : List.of());
        model.addAttribute("group", resource.groupId() == null ? null
                : pages.groupName(resource.groupId(), user, locale));
        model.addAttribute("publicUrl", resource.isPublic() ? baseUrl + "/library/" + resource.id() : null);
        model.addAttribute("mentions", related.mentioning(Subject.RESOURCE, resource.id(), user, locale));
        model.addAttribute("mark", related.save(Subject.RESOURCE, resource.id(), user));
        return "library/resource";
    }

    @GetMapping("/library/{id}/files/{version}")
    ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable Long id, @PathVariable UUID version,
            @AuthenticationPrincipal HarambeeUser user) {
        Library.Download download = library.download(id, version, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.kind().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(download.content());
    }

    @GetMapping("/library/mine")
    String mine(@AuthenticationPrincipal HarambeeUser user, Model model) {
        model.addAttribute("resources", library.submittedBy(user));
        return "library/mine";
    }

    @GetMapping("/library/submit")
    String submitForm(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        return submitPage(new ResourceForm(), FormErrors.none(), null, user, locale, model);
    }

    @PostMapping("/library/submit")
    String submit(@Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) throws IOException {
        CheckedFile checked = null;
        String refusal = null;
        boolean chosen = file != null && (!file.isEmpty()
                || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
        if (chosen) {
            try {
                checked = FileCheck.check(file.getOriginalFilename(), file.getBytes());
            } catch (RefusedFileException refused) {
                refusal = refused.key();
            }
        } else if (form.getExternalLink() == null || form.getExternalLink().isBlank()) {
            refusal = "library.file.orLink";
        }
        if (form.lacksGroupAmong(LibraryPages.ids(pages.groupChoices(user, null, locale)))) {
            result.rejectValue("groupId", "library.group.choose");
        }
        if (result.hasErrors() || refusal != null) {
            return submitPage(form, FormErrors.of(result), refusal, user, locale, model);
        }
        Set<Long> mine = organizations.representedBy(user).stream().map(MemberOrganization::id)
                .collect(Collectors.toSet());
        Resource resource = library.submit(form.description(LibraryPages.LANGUAGES::contains, mine::contains,
                pages::knownIssueArea, pages::knownInstrument), checked, user);
        return "redirect:/library/" + resource.id();
    }

    /** A new file of the resource, or a new version of one of its files. */
    @PostMapping("/library/{id}/files")
    @OnRefusal("/library/{id}#files")
    String upload(@PathVariable Long id, @RequestParam(name = "fileId", required = false) Long fileId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) throws IOException {
        CheckedFile checked = FileCheck.check(file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        library.upload(id, fileId, checked, user);
        redirect.addFlashAttribute("notice", "library.file.uploaded");
        return "redirect:/library/" + id + "#files";
    }

    private String submitPage(ResourceForm form, FormErrors errors, String refusal, HarambeeUser user, Locale locale,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("options", pages.options(locale));
        model.addAttribute("organizations", organizations.representedBy(user).stream()
                .map(organization -> new Option(String.valueOf(organization.id()),
                        organization.name())).toList());
        model.addAttribute("groups", pages.groupChoices(user, null, locale));
        model.addAttribute("maxMegabytes", FileCheck.MAX_BYTES / (1024 * 1024));
        return "library/submit";
    }
}
