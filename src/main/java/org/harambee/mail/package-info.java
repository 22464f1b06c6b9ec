/**
 * Outgoing e-mail. Every message is kept in the outbox, which staff can read in the app; when an
 * SMTP server is configured the message is also delivered, after the sending transaction commits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail",
        allowedDependencies = {"site::api"})
package org.harambee.mail;
