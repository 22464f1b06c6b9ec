package org.harambee.site;

import org.springframework.modulith.NamedInterface;

/** A signed-in principal that has a name to greet people by. */
@NamedInterface(name = "api", propagate = false)
public interface DisplayNamed {

    String displayName();
}
