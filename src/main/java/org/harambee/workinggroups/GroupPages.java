package org.harambee.workinggroups;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harambee.site.Option;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The working groups' words in the reader's language: form choices, issue areas and rights by name. */
@Component
@Transactional(readOnly = true)
class GroupPages {

    private final MessageSource messages;
    private final Taxonomy taxonomy;

    GroupPages(MessageSource messages, Taxonomy taxonomy) {
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    List<Option> kinds(Locale locale) {
        return options(GroupKind.values(), "groups.kind.", locale);
    }

    List<Option> visibilities(Locale locale) {
        return options(GroupVisibility.values(), "groups.visibility.", locale);
    }

    List<Option> joiningRules(Locale locale) {
        return options(JoiningRule.values(), "groups.joining.", locale);
    }

    List<Option> choices(Locale locale) {
        return options(NotificationChoice.values(), "groups.notify.", locale);
    }

    List<Option> statuses(Locale locale) {
        return options(TaskStatus.values(), "groups.task.status.", locale);
    }

    List<Option> issueAreas(Locale locale) {
        return taxonomy.issueAreaChoices(locale);
    }

    List<Option> rights(Locale locale) {
        return taxonomy.rightChoices(locale);
    }

    List<String> issueAreaNames(GroupView group, Locale locale) {
        return taxonomy.issueAreasById(group.issueAreas()).stream().map(area -> area.name(locale)).sorted().toList();
    }

    List<String> rightNames(GroupView group, Locale locale) {
        return taxonomy.rights(group.rights()).stream().map(right -> right.label(locale))
                .toList();
    }

    boolean knownIssueArea(long id) {
        return taxonomy.isActiveIssueArea(id);
    }

    private List<Option> options(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values).map(value -> new Option(value.name(),
                messages.getMessage(prefix + value.name(), null, value.name(), locale))).toList();
    }
}
