package org.harambee.directory.linkages;

import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.membership.Capacity;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts reasons and shared items in words, in the reader's language, with counts and names: works on the same 3
 * rights from another issue area, naming them. Rights are named with their title and article number.
 */
@Component
class ReasonWording {

    private final MessageSource messages;
    private final Taxonomy taxonomy;

    ReasonWording(MessageSource messages, Taxonomy taxonomy) {
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    /** The words for reasons and shared items, with the vocabulary read once for a whole page. */
    Words in(Locale locale) {
        return new Words(locale, taxonomy.rights().stream().collect(Collectors.toMap(HumanRight::article, r -> r)),
                taxonomy.allIssueAreas().stream().collect(Collectors.toMap(IssueArea::id, a -> a)),
                taxonomy.states().stream().collect(Collectors.toMap(UsState::code, UsState::name)));
    }

    /** Words in one language. */
    final class Words {

        private final Locale locale;
        private final Map<Integer, HumanRight> rights;
        private final Map<Long, IssueArea> areas;
        private final Map<String, String> states;

        private Words(Locale locale, Map<Integer, HumanRight> rights, Map<Long, IssueArea> areas,
                Map<String, String> states) {
            this.locale = locale;
            this.rights = rights;
            this.areas = areas;
            this.states = states;
        }

        String reason(Reason reason) {
            List<?> subjects = reason.subjects();
            String names = subjects.stream().map(subject -> name(reason.kind(), subject)).collect(Collectors.joining(", "));
            return messages.getMessage("linkages.reason." + reason.kind().name(),
                    new Object[] {subjects.size(), names}, locale);
        }

        /** "Adequate standard of living ... (25)". */
        String right(Integer article) {
            HumanRight right = rights.get(article);
            return right == null ? String.valueOf(article) : right.title(locale) + " (" + article + ")";
        }

        String issueArea(Long id) {
            IssueArea area = areas.get(id);
            return area == null ? String.valueOf(id) : area.name(locale);
        }

        List<String> rights(Collection<Integer> articles) {
            return articles.stream().sorted().map(this::right).toList();
        }

        List<String> issueAreas(Collection<Long> ids) {
            return ids.stream().map(this::issueArea).sorted(Collator.getInstance(locale)).toList();
        }

        private String name(Reason.Kind kind, Object subject) {
            return switch (kind) {
                case CROSS_ISSUE_RIGHTS, SHARED_RIGHTS -> right((Integer) subject);
                case SHARED_ISSUE_AREAS -> issueArea((Long) subject);
                case OFFERS_WHAT_YOU_NEED -> messages.getMessage("membership.capacity." + ((Capacity) subject).name(),
                        null, locale);
                case SAME_STATE, NEIGHBOURING_STATE -> states.getOrDefault((String) subject, (String) subject);
                case SAME_REGION -> messages.getMessage("linkages.region." + subject, null, locale);
                case LANGUAGE -> messages.getMessage("membership.language." + subject, null, (String) subject, locale);
                case LED_BY_DIRECTLY_AFFECTED, GRASSROOTS -> String.valueOf(subject);
            };
        }
    }
}
