package org.harambee.governance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Address names of bodies and elections: from the English name, lower case ASCII, a number added when taken (never the
 * address of a page or an action, such as "new").
 */
final class Slugs {

    private static final int MAX = 60;
    /** Addresses of pages and actions, never of a body or an election. */
    private static final Set<String> RESERVED = Set.of("new", "voting-representative");

    private Slugs() {
    }

    static String of(String name, String fallback, Predicate<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        base = base.length() > MAX ? base.substring(0, MAX).replaceAll("-+$", "") : base;
        base = base.isEmpty() ? fallback : base;
        String slug = base;
        for (int n = 2; RESERVED.contains(slug) || taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
