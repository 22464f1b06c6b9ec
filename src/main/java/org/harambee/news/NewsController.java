package org.harambee.news;

import jakarta.validation.Valid;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.AtomFeed;
import org.harambee.site.FormErrors;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The news: the list with its facets and search, the feeds, an item's page, and writing and changing items. */
@Controller
class NewsController {

    private final NewsDesk desk;
    private final NewsPages pages;
    private final NewsFeed feed;
    private final Installation installation;
    private final RelatedPages related;

    NewsController(NewsDesk desk, NewsPages pages, NewsFeed feed, Installation installation,
            RelatedPages related) {
        this.related = related;
        this.desk = desk;
        this.pages = pages;
        this.feed = feed;
        this.installation = installation;
    }

    @GetMapping("/news")
    String list(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, Model model) {
        model.addAttribute("listing", pages.listing(NewsQuery.of(params), user, locale));
        model.addAttribute("mayWrite", desk.mayWrite(user));
        return "news/news";
    }

    /** The Atom feed of the public items the address's facets choose (all of them, without any). */
    @GetMapping("/news/feed.atom")
    ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE))
                .body(feed.atom(NewsQuery.of(params), locale));
    }

    @GetMapping("/news/mine")
    String mine(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("items", desk.writtenBy(user).stream().map(item -> pages.view(item, locale)).toList());
        model.addAttribute("mayWrite", desk.mayWrite(user));
        return "news/mine";
    }

    @GetMapping("/news/new")
    String create(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        desk.requireMayWrite(user);
        return form(null, new NewsForm(), user, FormErrors.none(), locale, model);
    }

    @PostMapping("/news")
    String create(@Valid @ModelAttribute("form") NewsForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        desk.requireMayWrite(user);
        if (!result.hasErrors()) {
            try {
                NewsItem item = desk.write(form, user, locale);
                redirect.addFlashAttribute("notice", item.status() == NewsStatus.PUBLISHED ? "news.item.published"
                        : "news.item.submitted");
                return "redirect:/news/" + item.id();
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(null, form, user, FormErrors.of(result), locale, model);
    }

    @GetMapping("/news/{id}/edit")
    String edit(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        NewsItem item = desk.changeable(id, user);
        return form(item, desk.formOf(item, user, locale), user, FormErrors.none(), locale, model);
    }

    @PostMapping("/news/{id}")
    String revise(@PathVariable Long id, @Valid @ModelAttribute("form") NewsForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        NewsItem item = desk.changeable(id, user);
        if (!result.hasErrors()) {
            try {
                desk.revise(id, form, user, locale);
                redirect.addFlashAttribute("notice", "news.item.saved");
                return "redirect:/news/" + id;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(item, form, user, FormErrors.of(result), locale, model);
    }

    @GetMapping("/news/{id}")
    String item(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        NewsItem item = desk.readable(id, user);
        NewsView view = pages.view(item, locale);
        String publicUrl = item.isPublic() ? installation.address() + "/news/" + id : null;
        model.addAttribute("view", view);
        model.addAttribute("item", item);
        model.addAttribute("issueAreas", pages.issueAreasOf(item, locale));
        model.addAttribute("rights", pages.rightsOf(item, locale));
        model.addAttribute("related", desk.relatedTo(item, user, locale));
        model.addAttribute("changeable", item.changeableBy(NewsReader.of(user)));
        model.addAttribute("actionClosed", item.actionClosed(desk.today()));
        model.addAttribute("mark", related.save(Subject.NEWS, id, user));
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("jsonLd", publicUrl == null ? null
                : view.jsonLd(publicUrl, installation.networkName(), installation.address()));
        return "news/item";
    }

    private String form(NewsItem item, NewsForm form, HarambeeUser user, FormErrors errors, Locale locale,
            Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("kinds", pages.kinds(locale));
        model.addAttribute("visibilities", pages.visibilities(locale));
        model.addAttribute("issueAreas", pages.issueAreas(locale));
        model.addAttribute("rights", pages.rights(locale));
        return "news/form";
    }
}
