package org.harambee.workinggroups.statements;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardNeeds;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Statements open for signature that the person (or an organization they represent) has not signed, by deadline. */
@Component
class StatementsDashboard implements DashboardNeeds {

    private final Statements statements;

    StatementsDashboard(Statements statements) {
        this.statements = statements;
    }

    @Override
    public List<Need> needs(Authentication person) {
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null) {
            return List.of();
        }
        return statements.awaitingSignature(user).stream()
                .map(statement -> new Need("/statements/" + statement.id(), statement.deadline(),
                        "statements.needs.sign", statement.title()))
                .toList();
    }
}
