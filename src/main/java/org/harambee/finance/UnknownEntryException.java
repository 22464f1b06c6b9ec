package org.harambee.finance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing of the books has this id (a journal entry, an account, a member, an invoice, a payment, a waiver): 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownEntryException extends RuntimeException {

    UnknownEntryException(Long id) {
        super("Nothing of the books numbered " + id);
    }
}
