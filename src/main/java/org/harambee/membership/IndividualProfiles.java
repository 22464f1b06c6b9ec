package org.harambee.membership;

import java.util.List;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Individual members look after their own membership: their details, their privacy choices, leaving. */
@Service
@Transactional(readOnly = true)
class IndividualProfiles {

    private final IndividualMembers individuals;
    private final ProfileRules rules;
    private final Taxonomy taxonomy;
    private final AuditLog auditLog;
    private final MemberLifecycle lifecycle;

    IndividualProfiles(IndividualMembers individuals, ProfileRules rules, Taxonomy taxonomy, AuditLog auditLog,
            MemberLifecycle lifecycle) {
        this.individuals = individuals;
        this.rules = rules;
        this.taxonomy = taxonomy;
        this.auditLog = auditLog;
        this.lifecycle = lifecycle;
    }

    /** The signed-in person's own individual membership; none: not found. */
    IndividualMember own(HarambeeUser user) {
        return individuals.findByAccountId(user.accountId())
                .orElseThrow(() -> new UnknownRecordException("individual membership of " + user.email()));
    }

    IndividualForm form(HarambeeUser user) {
        return IndividualForm.of(own(user));
    }

    /** Checks and applies a change; returns false, with the problems on {@code errors}, when it is not valid. */
    @Transactional
    boolean update(HarambeeUser user, IndividualProfile profile, Errors errors) {
        IndividualMember member = own(user);
        rules.check(profile, member, Vocabulary.of(taxonomy), errors);
        rules.checkEmailFree(profile, member, errors);
        if (errors.hasErrors()) {
            return false;
        }
        List<String> changed = member.describe(profile);
        if (!changed.isEmpty()) {
            auditLog.record("membership.contact.changed", member.name(), String.join(", ", changed));
        }
        return true;
    }

    @Transactional
    void withdraw(HarambeeUser user, String reason) {
        lifecycle.withdraw(own(user).id(), user.email(), reason);
    }
}
