package org.harambee.site;

import org.springframework.security.core.Authentication;

/** How many notifications a signed-in person has not read yet, for the count in the navigation. */
public interface UnreadNotifications {

    long unread(Authentication person);
}
