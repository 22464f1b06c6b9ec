package org.harambee.news;

import org.springframework.modulith.NamedInterface;

/** What an item is: news of the network, a member's story, or an alert asking for action by a deadline. */
@NamedInterface(name = "seeding", propagate = false)
public enum NewsKind {
    NEWS, STORY, ALERT
}
