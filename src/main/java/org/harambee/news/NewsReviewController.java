package org.harambee.news;

import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.OnRefusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff review what representatives and conveners submit: publish, or decline with a reason. */
@Controller
class NewsReviewController {

    private final NewsDesk desk;
    private final NewsPages pages;

    NewsReviewController(NewsDesk desk, NewsPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping("/staff/news")
    String queue(@AuthenticationPrincipal HarambeeUser staff, Locale locale, Model model) {
        model.addAttribute("waiting", desk.waiting(staff).stream().map(item -> pages.view(item, locale)).toList());
        return "news/review";
    }

    @PostMapping("/staff/news/{id}/publish")
    @OnRefusal("/staff/news")
    String publish(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        desk.publish(id, staff);
        redirect.addFlashAttribute("notice", "news.review.publishedNotice");
        return "redirect:/staff/news";
    }

    @PostMapping("/staff/news/{id}/decline")
    @OnRefusal("/staff/news")
    String decline(@PathVariable Long id, @RequestParam(name = "reason", defaultValue = "") String reason,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        desk.decline(id, reason, staff);
        redirect.addFlashAttribute("notice", "news.review.declinedNotice");
        return "redirect:/staff/news";
    }
}
