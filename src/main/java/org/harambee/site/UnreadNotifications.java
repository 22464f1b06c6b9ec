package org.harambee.site;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/** How many notifications a signed-in person has not read yet, for the count in the navigation. */
@NamedInterface(name = "api", propagate = false)
public interface UnreadNotifications {

    long unread(Authentication person);
}
