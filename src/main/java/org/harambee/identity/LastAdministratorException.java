package org.harambee.identity;

import org.harambee.site.Refusal;

/** The network must keep at least one administrator who can sign in. */
public class LastAdministratorException extends Refusal {

    LastAdministratorException() {
        super("accounts.lastAdministrator");
    }
}
