package org.harambee.membership;

import org.harambee.site.Refusal;

/** A status change the membership's rules do not allow (an active member cannot be reinstated, say). */
public class MembershipTransitionException extends Refusal {

    MembershipTransitionException(String key) {
        super(key);
    }
}
