package org.harambee.taxonomy;

import org.springframework.modulith.NamedInterface;

/** A state, the District of Columbia or a territory, with its census region. */
@NamedInterface(name = "api", propagate = false)
public record UsState(String code, String name, String kind, String region) {
}
