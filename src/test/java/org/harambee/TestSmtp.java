package org.harambee;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Where the tests' GreenMail listens, the port {@code spring.mail.port} names in application-test.properties: one
 * port per test JVM, given by the build ({@code harambee.test.smtp-port}), since the run on PostgreSQL has two at
 * once.
 */
public final class TestSmtp {

    /** GreenMail's SMTP server on this JVM's port (3025 when the build does not say). */
    public static final ServerSetup SETUP = ServerSetupTest.SMTP.port(Integer.getInteger("harambee.test.smtp-port",
            ServerSetupTest.SMTP.getPort()));

    private TestSmtp() {
    }
}
