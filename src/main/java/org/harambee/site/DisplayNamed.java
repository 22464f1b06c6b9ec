package org.harambee.site;

/** A signed-in principal that has a name to greet people by. */
public interface DisplayNamed {

    String displayName();
}
