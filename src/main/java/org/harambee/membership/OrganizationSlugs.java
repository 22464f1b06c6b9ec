package org.harambee.membership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Gives organizations unique, stable addresses made from their names ({@code /organizations/{slug}}). */
@Component
class OrganizationSlugs {

    private final Organizations organizations;

    OrganizationSlugs(Organizations organizations) {
        this.organizations = organizations;
    }

    String allocate(String name) {
        return allocate(List.of(name)).get(0);
    }

    /** One slug per name, unique among themselves and among stored organizations; one query for the common case. */
    List<String> allocate(List<String> names) {
        List<String> bases = names.stream().map(Organization::slugOf).toList();
        Set<String> taken = new HashSet<>(organizations.findSlugsIn(new HashSet<>(bases)));
        List<String> slugs = new ArrayList<>(names.size());
        for (String base : bases) {
            String slug = base;
            for (int n = 2; taken.contains(slug) || !slug.equals(base) && organizations.existsBySlug(slug); n++) {
                slug = base + "-" + n;
            }
            taken.add(slug);
            slugs.add(slug);
        }
        return slugs;
    }
}
