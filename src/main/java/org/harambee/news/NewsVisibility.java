package org.harambee.news;

import org.springframework.modulith.NamedInterface;

/** Who reads a published item: everyone (and the feeds), or members alone. */
@NamedInterface(name = "seeding", propagate = false)
public enum NewsVisibility {
    PUBLIC, MEMBERS
}
