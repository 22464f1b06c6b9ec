package org.harambee.about;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The pages every network has, at the addresses a newcomer would guess. */
@NamedInterface(name = "seeding", propagate = false)
public enum NetworkPage {
    ABOUT("about"),
    PRINCIPLES("principles"),
    GOVERNANCE("governance"),
    CONTACT("contact");

    private final String slug;

    NetworkPage(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String address() {
        return "/" + slug;
    }

    static Optional<NetworkPage> ofSlug(String slug) {
        return Arrays.stream(values()).filter(page -> page.slug.equals(slug)).findFirst();
    }
}
