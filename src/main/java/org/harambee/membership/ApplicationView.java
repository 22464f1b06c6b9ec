package org.harambee.membership;

import java.time.Instant;

/** An application as staff review it; {@code version} is the one their decision answers to. */
public record ApplicationView(Long id, long version, MemberKind kind, String name, String contactName,
        String contactEmail, String language, String statement, ApplicationStatus status, Instant submittedAt) {

    static ApplicationView of(MembershipApplication application) {
        return new ApplicationView(application.id(), application.version(), application.kind(), application.name(),
                application.contactName(), application.contactEmail(), application.language(),
                application.statement(), application.status(), application.submittedAt());
    }
}
