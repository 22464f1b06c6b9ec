package org.harambee.identity;

/** Refused: the change would leave the network without an administrator who can sign in. */
public class LastAdministratorException extends RuntimeException {

    LastAdministratorException() {
        super("The network must keep at least one administrator who can sign in");
    }
}
