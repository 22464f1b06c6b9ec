package org.harambee.governance;

import org.springframework.modulith.NamedInterface;

/** An office a seat holder may also hold on the body. */
@NamedInterface(name = "seeding", propagate = false)
public enum Office {
    CHAIR, SECRETARY, TREASURER
}
