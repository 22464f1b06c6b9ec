package org.harambee.workinggroups.statements;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.NewThings;
import org.springframework.stereotype.Component;

/** The statements opened for signature since a moment, still open, that a reader may read, for the digests. */
@Component
class StatementThings implements NewThings {

    private final Statements statements;

    StatementThings(Statements statements) {
        this.statements = statements;
    }

    @Override
    public List<NewThing> since(Instant since, HarambeeUser reader, Locale locale) {
        return statements.openedSince(since, reader).stream().map(StatementThings::thing).toList();
    }

    /** The statement as what people follow see it. */
    static NewThing thing(SignOnStatement statement) {
        return new NewThing(ItemKind.STATEMENT, statement.title(), "/statements/" + statement.id(),
                statement.openedAt(), statement.deadline(), Set.of(), Set.of(),
                statement.groupId() == null ? Set.of() : Set.of(statement.groupId()), Set.of());
    }
}
