package org.harambee.workinggroups.statements;

import org.harambee.site.Refusal;

/**
 * A step the statement refuses as it stands (opening it twice, signing it once closed, editing it once open) or
 * from this signer; {@link #key()} is the message that tells people why.
 */
public class StatementTransitionException extends Refusal {

    public StatementTransitionException(String key) {
        super(key);
    }
}
