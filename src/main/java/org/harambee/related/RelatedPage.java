package org.harambee.related;

import org.springframework.modulith.NamedInterface;

/** A page one thing is linked to: its subject, the id of what it shows, its title and its address on this site. */
@NamedInterface(name = "api", propagate = false)
public record RelatedPage(Subject subject, long id, String title, String address) {
}
