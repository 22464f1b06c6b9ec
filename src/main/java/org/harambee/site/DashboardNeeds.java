package org.harambee.site;

import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/**
 * What a capability needs from this person now, which the dashboard lists first, soonest due first: a statement
 * to sign before its deadline, a renewal coming, a profile to complete, applications waiting for review.
 */
@NamedInterface(name = "api", propagate = false)
public interface DashboardNeeds {

    /** What needs this person; empty when nothing does. */
    List<Need> needs(Authentication person);

    /** One thing to do: a link whose text is a message key with arguments, and the day it is due (if any). */
    @NamedInterface(name = "api", propagate = false)
    record Need(String href, LocalDate due, String labelKey, Object... args) {
    }
}
