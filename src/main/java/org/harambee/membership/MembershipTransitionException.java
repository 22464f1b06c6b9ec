package org.harambee.membership;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A status change the membership's rules do not allow (an active member cannot be reinstated, say). */
@ResponseStatus(HttpStatus.CONFLICT)
public class MembershipTransitionException extends RuntimeException {

    private final String messageKey;

    MembershipTransitionException(String messageKey, String transition, MembershipStatus from) {
        super("Cannot " + transition + (from == null ? "" : " a membership that is " + from));
        this.messageKey = messageKey;
    }

    /** The message key that explains the refusal to people. */
    public String messageKey() {
        return messageKey;
    }
}
