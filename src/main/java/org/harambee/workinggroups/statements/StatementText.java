package org.harambee.workinggroups.statements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A statement's own words and facts as its pages show them: title, target, text, its owning group (null for the
 * network's staff), who may read and sign it, its deadline and its delivery.
 */
public record StatementText(Long id, String title, String target, String body, Long groupId,
        StatementVisibility visibility, boolean individualsMaySign, LocalDate deadline, String deliveredTo,
        DeliveryMethod deliveryMethod, LocalDate deliveredOn, boolean isPublic) {

    public static final int MAX_TITLE = SignOnStatement.MAX_TITLE;
    public static final int MAX_TARGET = SignOnStatement.MAX_TARGET;
    public static final int MAX_BODY = SignOnStatement.MAX_BODY;
    public static final int MAX_DELIVERED_TO = SignOnStatement.MAX_DELIVERED_TO;

    static StatementText of(SignOnStatement statement) {
        return new StatementText(statement.id(), statement.title(), statement.target(), statement.body(),
                statement.groupId(), statement.visibility(), statement.individualsMaySign(), statement.deadline(),
                statement.deliveredTo(), statement.deliveryMethod(), statement.deliveredOn(), statement.isPublic());
    }

    /** An earlier text of the statement, kept when its owners changed it. */
    public record Version(int number, String title, String target, String body, Instant savedAt) {

        static Version of(StatementVersion version) {
            return new Version(version.number(), version.title(), version.target(), version.body(),
                    version.savedAt());
        }
    }
}
