package org.harambee.taxonomy;

import java.util.Locale;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A field of work such as housing or immigration, as other capabilities read it. Staff may rename or retire one; a
 * retired issue area is no longer offered for new records but stays on old ones. {@code version} is what a rename
 * form carries, so that a rename from an older one is refused.
 */
@NamedInterface(name = "api", propagate = false)
public record IssueArea(Long id, long version, String slug, String nameEn, String nameEs, boolean founding,
        boolean retired, Set<Integer> rights, Set<String> uprTags) {

    public IssueArea {
        rights = Set.copyOf(rights);
        uprTags = Set.copyOf(uprTags);
    }

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
