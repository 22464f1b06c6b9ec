package org.harambee.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.site.EditedVersion;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Applications and their review: a visitor applies (and gets a confirmation e-mail in their language);
 * staff approve (the member becomes active and its contact is invited to set up an account), decline with a
 * reason, or ask for more information. Every decision is audited and kept on the application.
 */
@Service
@Transactional
class ApplicationReview {

    static final List<ApplicationStatus> WAITING = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.INFORMATION_REQUESTED);

    private final MembershipApplications applications;
    private final Organizations organizations;
    private final IndividualMembers individuals;
    private final Members members;
    private final OrganizationSlugs slugs;
    private final Logos logos;
    private final ProfileRules rules;
    private final Taxonomy taxonomy;
    private final Invitations invitations;
    private final Mailer mailer;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Letters letters;

    ApplicationReview(MembershipApplications applications, Organizations organizations, IndividualMembers individuals,
            Members members, OrganizationSlugs slugs, Logos logos,
            ProfileRules rules, Taxonomy taxonomy, Invitations invitations, Mailer mailer, Letters letters,
            AuditLog auditLog, Clock clock) {
        this.applications = applications;
        this.organizations = organizations;
        this.individuals = individuals;
        this.members = members;
        this.slugs = slugs;
        this.logos = logos;
        this.rules = rules;
        this.taxonomy = taxonomy;
        this.invitations = invitations;
        this.mailer = mailer;
        this.auditLog = auditLog;
        this.clock = clock;
        this.letters = letters;
    }

    /**
     * Checks an organization's application; problems are reported on {@code errors}. A name is refused here only
     * when the organization having it is listed publicly: whether an unlisted, applying or lapsed one exists is
     * not for an applicant to learn (decision 47), so such an application is answered in {@link #apply}.
     */
    @Transactional(readOnly = true)
    void check(OrganizationProfile profile, PersonDetails contact, String statement, Errors errors) {
        rules.check(profile, List.of(contact), null, Vocabulary.of(taxonomy), errors);
        checkStatement(statement, errors);
        if (!errors.hasFieldErrors("name") && profile.name() != null && onRecord(profile)
                .filter(Organization::publiclyVisible).isPresent()) {
            errors.rejectValue("name", "membership.name.taken");
        }
    }

    /**
     * Checks an individual's application; problems are reported on {@code errors}. Whether the address is a
     * member's or waits for a decision already is not for whoever typed it to learn: {@link #apply} answers that.
     */
    @Transactional(readOnly = true)
    void check(IndividualProfile profile, String statement, Errors errors) {
        rules.check(profile, null, Vocabulary.of(taxonomy), errors);
        checkStatement(statement, errors);
    }

    private static void checkStatement(String statement, Errors errors) {
        if (statement != null && statement.length() > MembershipApplication.STATEMENT_MAX) {
            errors.rejectValue("statement", "membership.text.tooLong", new Object[] {MembershipApplication.STATEMENT_MAX},
                    null);
        }
    }

    private Optional<Organization> onRecord(OrganizationProfile profile) {
        return organizations.findByNameKey(OrganizationProfile.nameKeyOf(profile.name()));
    }

    /** Whether an application from this address waits for a decision already (one at a time per address). */
    private boolean waiting(String email) {
        return applications.existsByContactEmailAndStatusIn(Person.normalizeEmail(email), WAITING);
    }

    /**
     * Records a checked application of an organization and confirms it to its contact. When an organization of
     * that name is on record (unlisted, applying, lapsed), or an application from the contact's address waits
     * already, nothing is recorded but the contact gets the same confirmation: the organization on record is told
     * by e-mail, and staff by the audit log, so that a real applicant is not lost. Answers the application
     * recorded, if one was.
     */
    Optional<MembershipApplication> apply(OrganizationProfile profile, PersonDetails contact, String statement,
            Locale locale) {
        Optional<Organization> namesake = onRecord(profile);
        if (namesake.isEmpty() && !waiting(contact.email())) {
            Organization applicant = new Organization(profile, slugs.allocate(profile.name()), List.of(contact),
                    locale.getLanguage(), contact.email(), clock.instant());
            return Optional.of(submitted(members.save(applicant), statement, locale));
        }
        send(contact.email(), locale, "submitted", contact.name());
        namesake.map(Organization::primaryContact).filter(person -> person.email() != null).ifPresent(person ->
                send(person.email(), Locale.forLanguageTag(namesake.get().language()), "nameInUse", person.name(),
                        profile.name()));
        auditLog.record("membership.applied-on-record", profile.name(), contact.email());
        return Optional.empty();
    }

    /**
     * Records a checked application of an individual and confirms it to them. When the address is a member's or
     * an applicant's already, nothing is recorded and the address is told so by e-mail instead: the page answers
     * alike either way. Answers the application recorded, if one was.
     */
    Optional<MembershipApplication> apply(IndividualProfile profile, String statement, Locale locale) {
        if (individuals.existsByEmail(Person.normalizeEmail(profile.email())) || waiting(profile.email())) {
            send(profile.email(), locale, "known", profile.name());
            return Optional.empty();
        }
        IndividualMember applicant = new IndividualMember(profile, locale.getLanguage(), profile.email(),
                clock.instant());
        return Optional.of(submitted(members.save(applicant), statement, locale));
    }

    private MembershipApplication submitted(Member applicant, String statement, Locale locale) {
        MembershipApplication application = applications.save(new MembershipApplication(applicant, statement,
                clock.instant()));
        mail(application, locale, "submitted", application.contactName());
        auditLog.record("membership.applied", application.name(), applicant.kind().name());
        return application;
    }

    @Transactional(readOnly = true)
    Page<ApplicationView> queue(List<ApplicationStatus> statuses, int page) {
        return applications.findByStatusInOrderBySubmittedAtAscIdAsc(statuses, PageRequest.of(Math.max(0, page), 25))
                .map(ApplicationView::of);
    }

    @Transactional(readOnly = true)
    long waiting() {
        return applications.countByStatusIn(WAITING);
    }

    /** An application with its decisions and, while it is pending or approved, the applicant's details. */
    @Transactional(readOnly = true)
    ApplicationRecord application(Long id) {
        MembershipApplication application = applications.findById(id)
                .orElseThrow(() -> new UnknownRecordException("application " + id));
        return new ApplicationRecord(ApplicationView.of(application), application.decisions(),
                application.member() == null ? null : MemberDetails.of(application.member(), taxonomy));
    }

    /**
     * The application staff decide on, as long as it is the version their page showed ({@code seen}): a decision
     * taken on an application that changed meanwhile (another staff member asked for information, the applicant
     * answered) is refused ({@link EditedVersion}).
     */
    private MembershipApplication decidedOn(Long id, Long seen) {
        MembershipApplication application = applications.findById(id)
                .orElseThrow(() -> new UnknownRecordException("application " + id));
        EditedVersion.require(seen, application.version(), MembershipApplication.class, id);
        return application;
    }

    /** Staff approve: the applicant becomes an active member and its contact gets an invitation. */
    void approve(Long id, Long seen, HarambeeUser staff, String note) {
        MembershipApplication application = decidedOn(id, seen);
        Instant now = clock.instant();
        application.approve(staff.email(), now, LocalDate.now(clock), note);
        Member member = application.member();
        Locale locale = Locale.forLanguageTag(member.language());
        if (member instanceof Organization organization) {
            Person contact = organization.primaryContact();
            UUID account = invitations.invite(contact.email(), contact.name(), Role.REPRESENTATIVE, locale);
            contact.authorize(account);
        } else if (member instanceof IndividualMember individual) {
            individual.link(invitations.invite(individual.email(), individual.name(), Role.MEMBER, locale));
        }
        auditLog.record("membership.approved", application.name(), note);
    }

    /** Staff decline with a reason, which is e-mailed to the applicant; the applicant's profile is deleted. */
    void decline(Long id, Long seen, HarambeeUser staff, String reason) {
        MembershipApplication application = decidedOn(id, seen);
        Member declined = application.decline(staff.email(), clock.instant(), reason);
        if (declined instanceof Organization organization) {
            logos.deleteAfterCommit(organization.logoFile());
        }
        members.delete(declined);
        mail(application, Locale.forLanguageTag(application.language()), "declined", application.contactName(),
                reason.strip());
        auditLog.record("membership.declined", application.name(), reason);
    }

    /** Staff ask the applicant for more information; the question is e-mailed and the application waits. */
    void requestInformation(Long id, Long seen, HarambeeUser staff, String question) {
        MembershipApplication application = decidedOn(id, seen);
        application.requestInformation(staff.email(), clock.instant(), question);
        mail(application, Locale.forLanguageTag(application.language()), "information", application.contactName(),
                question.strip());
        auditLog.record("membership.information-requested", application.name(), question);
    }

    private void mail(MembershipApplication application, Locale locale, String kind, Object... args) {
        send(application.contactEmail(), locale, kind, args);
    }

    private void send(String address, Locale locale, String kind, Object... args) {
        Object[] bodyArgs = new Object[args.length + 1];
        System.arraycopy(args, 0, bodyArgs, 0, args.length);
        bodyArgs[args.length] = letters.networkName();
        mailer.send(letters.letter(address, locale, "membership.mail.application." + kind, bodyArgs).readableByStaff());
    }

    /** An application as staff review it. */
    record ApplicationRecord(ApplicationView application, List<ApplicationDecision> decisions,
            MemberDetails applicant) {
    }
}
