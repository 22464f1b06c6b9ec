package org.harambee.directory;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.Audience;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory: search, facets and results, all in the address; the map and the export of the same query. */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final DirectoryPages pages;
    private final DirectoryExport export;
    private final Clock clock;

    DirectoryController(DirectorySearch search, DirectoryPages pages, DirectoryExport export, Clock clock) {
        this.search = search;
        this.pages = pages;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/directory")
    String directory(@RequestParam MultiValueMap<String, String> parameters,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        Audience audience = Audience.of(user);
        DirectoryResults results = search.search(DirectoryQuery.of(parameters), audience, DirectorySearch.PAGE_SIZE);
        model.addAttribute("directory", pages.view(results, locale));
        model.addAttribute("audience", audience);
        return "directory/directory";
    }

    @GetMapping("/directory/map")
    String map(@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, Model model) {
        Audience audience = Audience.of(user);
        DirectoryResults results = search.search(DirectoryQuery.of(parameters).onPage(0), audience, 0);
        model.addAttribute("directory", pages.view(results, locale));
        model.addAttribute("map", pages.map(results, locale));
        model.addAttribute("audience", audience);
        return "directory/map";
    }

    /** The organizations of the query as a CSV file; signed-in people only (the address asks for sign-in). */
    @GetMapping("/directory/export.csv")
    void export(@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal HarambeeUser user,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(DirectoryExport.fileName(LocalDate.now(clock))).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(DirectoryQuery.of(parameters), user, out);
        out.flush();
    }
}
