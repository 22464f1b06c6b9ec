package org.harambee;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The e-mails GreenMail received for one address, waiting a while for those still on their way. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The text of the e-mails to {@code recipient}, once there are at least {@code count} (waits up to 10 s). */
    public static List<String> bodiesTo(GreenMailExtension greenMail, String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> bodies = bodiesTo(greenMail, recipient);
        while (bodies.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            bodies = bodiesTo(greenMail, recipient);
        }
        return bodies;
    }

    private static List<String> bodiesTo(GreenMailExtension greenMail, String recipient) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null) {
                for (Address address : to) {
                    if (address.toString().equalsIgnoreCase(recipient)) {
                        bodies.add(message.getSubject() + "\n" + message.getContent());
                    }
                }
            }
        }
        return bodies;
    }
}
