package org.harambee.mail;

import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Why a message was not delivered, in words staff can act on. The mail library's own message (class names,
 * hosts, nested exceptions) goes to the log only, never to a page.
 */
public enum DeliveryFailure {

    /** The SMTP server could not be reached: its host, its port, or the network. */
    UNREACHABLE,
    /** The SMTP server refused the network's user name or password. */
    SIGN_IN_REFUSED,
    /** The SMTP server refused the recipient's address. */
    ADDRESS_REFUSED,
    /** The SMTP server refused the message for another reason (its log line says which). */
    MESSAGE_REFUSED;

    static DeliveryFailure of(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return SIGN_IN_REFUSED;
        }
        Iterable<Exception> causes = failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()
                ? send.getFailedMessages().values() : List.of(failure);
        for (Exception cause : causes) {
            for (Throwable step = cause; step != null; step = step.getCause()) {
                if (step instanceof ConnectException || step instanceof UnknownHostException
                        || step instanceof SocketTimeoutException) {
                    return UNREACHABLE;
                }
                if (step instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0) {
                    return ADDRESS_REFUSED;
                }
            }
        }
        return MESSAGE_REFUSED;
    }
}
