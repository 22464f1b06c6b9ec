package org.harambee.workinggroups.statements;

/**
 * A step the statement refuses as it stands (opening it twice, signing it once closed, editing it once open) or
 * from this signer; {@link #key()} is the message that tells people why.
 */
public class StatementTransitionException extends RuntimeException {

    private final String key;

    public StatementTransitionException(String key) {
        super(key);
        this.key = key;
    }

    /** The message key saying why, for a notice or a field error. */
    public String key() {
        return key;
    }
}
