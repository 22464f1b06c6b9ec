package org.harambee.workinggroups.statements;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;

/** Statements' pages, for what links to them: only those the reader may read. */
@Component
class StatementLinks implements LinkablePages {

    private final Statements statements;

    StatementLinks(Statements statements) {
        this.statements = statements;
    }

    @Override
    public Subject subject() {
        return Subject.STATEMENT;
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        try {
            SignOnStatement statement = statements.find(id, reader);
            return Optional.of(new RelatedPage(Subject.STATEMENT, id, statement.title(), "/statements/" + id));
        } catch (UnknownStatementException unseen) {
            return Optional.empty();
        }
    }
}
