package org.harambee.membership;

import java.util.List;
import java.util.Optional;
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
    private final EmailConfirmations confirmations;

    IndividualProfiles(IndividualMembers individuals, ProfileRules rules, Taxonomy taxonomy, AuditLog auditLog,
            MemberLifecycle lifecycle, EmailConfirmations confirmations) {
        this.individuals = individuals;
        this.rules = rules;
        this.taxonomy = taxonomy;
        this.auditLog = auditLog;
        this.lifecycle = lifecycle;
        this.confirmations = confirmations;
    }

    /** The signed-in person's own individual membership; none: not found. */
    IndividualMember own(HarambeeUser user) {
        return individuals.findByAccountId(user.accountId())
                .orElseThrow(() -> new UnknownRecordException("individual membership of " + user.email()));
    }

    /** The signed-in person's own membership as their page shows it. */
    MemberDetails.Facts facts(HarambeeUser user) {
        return MemberDetails.Facts.of(own(user));
    }

    IndividualForm form(HarambeeUser user) {
        return IndividualForm.of(own(user));
    }

    /** What saving one's own details did. */
    enum Saved {
        /** Every change is applied. */
        APPLIED,
        /** Every change but the new e-mail address is applied; that waits for the link mailed to it. */
        ADDRESS_TO_CONFIRM
    }

    /**
     * Checks and applies a change; empty, with the problems on {@code errors}, when it is not valid. A new e-mail
     * address is not applied but asked for ({@link EmailConfirmations}), with the same answer whether or not it is
     * another member's.
     */
    @Transactional
    Optional<Saved> update(HarambeeUser user, IndividualProfile profile, Errors errors) {
        IndividualMember member = own(user);
        rules.check(profile, member, Vocabulary.of(taxonomy), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String asked = Person.normalizeEmail(profile.email());
        boolean newAddress = !asked.equals(member.email());
        List<String> changed = member.describe(newAddress ? profile.withEmail(member.email()) : profile);
        if (!changed.isEmpty()) {
            auditLog.record("membership.contact.changed", member.name(), String.join(", ", changed));
        }
        if (newAddress) {
            confirmations.ask(member, asked, individuals.existsByEmailAndIdNot(asked, member.id()));
            auditLog.record("membership.email.asked", member.name(), null);
            return Optional.of(Saved.ADDRESS_TO_CONFIRM);
        }
        return Optional.of(Saved.APPLIED);
    }

    /** The change a confirmation link of this person's asks for; not found when the link is not (or no longer) good. */
    EmailConfirmations.Change emailChange(HarambeeUser user, String token) {
        return confirmations.change(token, own(user))
                .orElseThrow(() -> new UnknownRecordException("e-mail confirmation"));
    }

    /**
     * Follows a confirmation link: the new address becomes the membership's. False, changing nothing, when another
     * member took the address since the link was sent.
     */
    @Transactional
    boolean confirmEmail(HarambeeUser user, String token) {
        IndividualMember member = own(user);
        EmailConfirmations.Change change = emailChange(user, token);
        if (individuals.existsByEmailAndIdNot(change.to(), member.id())) {
            return false;
        }
        member.describe(member.profile().withEmail(change.to()));
        individuals.flush();
        auditLog.record("membership.contact.changed", member.name(), "email");
        return true;
    }

    @Transactional
    void withdraw(HarambeeUser user, String reason) {
        lifecycle.withdraw(own(user).id(), user.email(), reason);
    }
}
