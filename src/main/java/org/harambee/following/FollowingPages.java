package org.harambee.following;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.ItemKind;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.Option;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupRoster;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The following pages' choices in the reader's words. */
@Component
class FollowingPages {

    private final Taxonomy taxonomy;
    private final GroupRoster groups;
    private final RelatedPages related;
    private final MessageSource messages;

    FollowingPages(Taxonomy taxonomy, GroupRoster groups, RelatedPages related, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.groups = groups;
        this.related = related;
        this.messages = messages;
    }

    /** The subject an address names ({@code organization}, {@code news}…); unknown otherwise. */
    static Subject subject(String name) {
        return Arrays.stream(Subject.values()).filter(subject -> subject.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(UnknownPageException::new);
    }

    String form(FollowingForm form, FormErrors errors, HarambeeUser member, Follower follower, Locale locale,
            Model model) {
        common(form, errors, member, follower, locale, model);
        return "following/following";
    }

    String visitorForm(String link, FollowingForm form, FormErrors errors, Follower follower, Locale locale,
            Model model) {
        common(form, errors, null, follower, locale, model);
        model.addAttribute("link", link);
        model.addAttribute("confirmed", follower.confirmed());
        model.addAttribute("email", follower.email());
        return "following/visitor";
    }

    /** The choices a person (a visitor when null) has: groups they may know of, organizations they follow. */
    private void common(FollowingForm form, FormErrors errors, HarambeeUser person, Follower follower, Locale locale,
            Model model) {
        model.addAttribute("groups", groups.knownTo(person).stream()
                .map(group -> new Option(String.valueOf(group.id()), group.name())).toList());
        model.addAttribute("organizations", follower.interests().organizations().stream()
                .map(id -> related.page(Subject.ORGANIZATION, id, person, locale))
                .flatMap(Optional::stream)
                .map(page -> new Option(String.valueOf(page.id()), page.title())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("cadences", Arrays.stream(Cadence.values()).map(cadence -> new Option(cadence.name(),
                t("following.cadence." + cadence.name(), locale))).toList());
        model.addAttribute("kinds", Arrays.stream(ItemKind.values()).map(kind -> new Option(kind.name(),
                t(kind.key(), locale))).toList());
        model.addAttribute("issueAreas", taxonomy.issueAreaChoices(locale));
        model.addAttribute("rights", taxonomy.rightChoices(locale));
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
