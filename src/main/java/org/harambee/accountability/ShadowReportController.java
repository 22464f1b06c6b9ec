package org.harambee.accountability;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.SpreadsheetCells;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shadow-report export: the recommendations chosen (among those someone follows up), grouped by the network's issue
 * area, each with the latest assessment of each adopter and its evidence, as the reader may read them; as a
 * printable page and as CSV.
 */
@Controller
class ShadowReportController {

    static final int MAX_CHOSEN = 500;

    private final FollowUp followUp;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    ShadowReportController(FollowUp followUp, Taxonomy taxonomy, MessageSource messages) {
        this.followUp = followUp;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/un/shadow-report")
    String choose(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("chapters", chapters(new ArrayList<>(followUp.adopted()), user, locale));
        return "accountability/shadow-choose";
    }

    @GetMapping("/un/shadow-report/print")
    String print(@RequestParam(name = "r", required = false) List<Long> chosen,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("chapters", chapters(limited(chosen), user, locale));
        model.addAttribute("country", followUp.country());
        return "accountability/shadow-print";
    }

    @GetMapping("/un/shadow-report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "r", required = false) List<Long> chosen,
            @AuthenticationPrincipal HarambeeUser user, Locale locale) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord("issue_area", "recommendation_id", "session", "recommending_state", "text", "response",
                    "adopter", "status", "assessed_on", "evidence", "links", "library_resources", "assessed_by");
            for (ShadowReportChapter chapter : chapters(limited(chosen), user, locale)) {
                for (Timeline timeline : chapter.recommendations()) {
                    RecommendationView r = timeline.recommendation();
                    List<Timeline.Follower> followers = timeline.followers().isEmpty()
                            ? java.util.Collections.singletonList(null) : timeline.followers();
                    for (Timeline.Follower follower : followers) {
                        Timeline.Entry latest = follower == null ? null : follower.latest();
                        printer.printRecord(cells(chapter.title(), r.id(), r.session(), r.recommendingState(), r.text(),
                                r.response(), follower == null ? "" : follower.name() == null
                                        ? t("accountability.adopter.hidden", locale) : follower.name(),
                                latest == null ? "" : latest.status(), latest == null ? "" : latest.assessedOn(),
                                latest == null ? "" : latest.evidence(),
                                latest == null ? "" : String.join(" ", latest.links()),
                                latest == null ? "" : latest.resources().stream().map(Timeline.Evidence::title)
                                        .collect(Collectors.joining("; ")),
                                latest == null ? "" : latest.madeBy()));
                    }
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("shadow-report.csv").build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? "" : SpreadsheetCells.neutralized(String.valueOf(value)));
        }
        return cells;
    }

    private static List<Long> limited(List<Long> chosen) {
        return chosen == null ? List.of() : chosen.stream().distinct().limit(MAX_CHOSEN).toList();
    }

    /** The recommendations by the first of their issue areas in the network's order; those without one last. */
    private List<ShadowReportChapter> chapters(List<Long> ids, HarambeeUser user, Locale locale) {
        List<Timeline> timelines = followUp.report(ids, user);
        List<IssueArea> areas = taxonomy.allIssueAreas();
        Map<String, List<Timeline>> grouped = new LinkedHashMap<>();
        areas.forEach(area -> grouped.put(area.name(locale), new ArrayList<>()));
        String other = t("accountability.report.otherArea", locale);
        grouped.put(other, new ArrayList<>());
        for (Timeline timeline : timelines) {
            Set<Long> theirs = timeline.recommendation().issueAreas();
            String title = areas.stream().filter(area -> theirs.contains(area.id())).findFirst()
                    .map(area -> area.name(locale)).orElse(other);
            grouped.get(title).add(timeline);
        }
        return grouped.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new ShadowReportChapter(entry.getKey(), entry.getValue())).toList();
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
