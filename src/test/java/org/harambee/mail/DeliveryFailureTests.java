package org.harambee.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class DeliveryFailureTests {

    @Test
    void aServerThatCannotBeReachedIsSaidSoNotInTheMailLibrarysWords() {
        MailSendException failure = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));

        assertThat(DeliveryFailure.of(failure)).isEqualTo(DeliveryFailure.UNREACHABLE);
    }

    @Test
    void aFailedMessageIsReadForItsCauseToo() {
        MailSendException failure = new MailSendException(Map.of(new Object(),
                new MessagingException("nested", new ConnectException("Connection refused"))));

        assertThat(DeliveryFailure.of(failure)).isEqualTo(DeliveryFailure.UNREACHABLE);
    }

    @Test
    void refusedCredentialsAndRefusedAddressesAreToldApart() throws Exception {
        SendFailedException refused = new SendFailedException("550 no such user", null, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] {new InternetAddress("nobody@example.org")});

        assertThat(DeliveryFailure.of(new MailAuthenticationException("535 bad credentials")))
                .isEqualTo(DeliveryFailure.SIGN_IN_REFUSED);
        assertThat(DeliveryFailure.of(new MailSendException("Failed messages", refused)))
                .isEqualTo(DeliveryFailure.ADDRESS_REFUSED);
        assertThat(DeliveryFailure.of(new MailSendException("451 try later"))).isEqualTo(DeliveryFailure.MESSAGE_REFUSED);
    }
}
