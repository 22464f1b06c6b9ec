package org.harambee.site;

import org.springframework.modulith.NamedInterface;

/** One choice in a select list or a group of checkboxes. */
@NamedInterface(name = "api", propagate = false)
public record Option(String value, String label) {
}
