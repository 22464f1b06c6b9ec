package org.harambee.workinggroups.statements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationId;
import org.harambee.membership.OrganizationView;
import org.harambee.related.ItemPublished;
import org.harambee.related.Subject;
import org.harambee.site.Installation;
import org.harambee.workinggroups.GroupId;
import org.harambee.workinggroups.GroupStanding;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.WorkingGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of sign-on statements: owners (a group's conveners, or staff for the network's own) draft, edit, open,
 * close and record their delivery; members sign them, organizations through their authorized representatives;
 * people read what they may. Each method checks who is asking; a statement this person may not read answers as if it
 * did not exist.
 */
@Service
@Transactional
@NamedInterface(name = "seeding", propagate = false)
public class Statements {

    private static final Logger log = LoggerFactory.getLogger(Statements.class);
    /** How often one signature is tried when the statement is busy with others. */
    private static final int SIGNING_ATTEMPTS = 3;

    private final SignOnStatements statements;
    private final Signatures signatures;
    private final WorkingGroups groups;
    private final OrganizationAccess organizations;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    private final ApplicationEventPublisher published;

    Statements(SignOnStatements statements, Signatures signatures, WorkingGroups groups,
            OrganizationAccess organizations, AuditLog auditLog, TransactionTemplate transactions, Clock clock,
            Installation installation, ApplicationEventPublisher published) {
        this.published = published;
        this.statements = statements;
        this.signatures = signatures;
        this.groups = groups;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    /** The network's time zone, in which deadlines end. */
    /** Today in the network's time zone. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return clock.instant();
    }

    /** Whether this person may draft statements: staff, and the conveners of a working group. */
    boolean mayDraft(HarambeeUser user) {
        return user != null && (user.isStaff() || !groups.convenedBy(user).isEmpty());
    }

    /** The groups this person may draft for, by name (staff draft for the network besides). */
    List<GroupSummary> draftingGroups(HarambeeUser user) {
        return user == null ? List.of() : groups.convenedBy(user);
    }

    /** A new draft of the working group {@code groupId} (null: of the network's staff), by one of its owners. */
    public Long draft(Long groupId, StatementDraft draft, HarambeeUser user) {
        if (user == null || !(groupId == null ? user.isStaff() : groups.convenes(groupId, user))) {
            throw new AccessDeniedException("Only a group's conveners, or staff for the network, draft statements");
        }
        SignOnStatement statement = statements.save(new SignOnStatement(groupId, draft, clock.instant()));
        auditLog.recordForParticipants(statement.groupId(), "statements.drafted", subject(statement), statement.title());
        return statement.id();
    }

    /** Owners change a draft; the text it replaces is kept as a version. */
    public void edit(Long id, StatementDraft draft, HarambeeUser user) {
        SignOnStatement statement = managed(id, user);
        statement.edit(draft, clock.instant());
        auditLog.recordForParticipants(statement.groupId(), "statements.edited", subject(statement), statement.title());
    }

    /** Owners open a draft for signatures through the end of {@code deadline} in the network's time zone. */
    public void open(Long id, LocalDate deadline, HarambeeUser user) {
        SignOnStatement statement = managed(id, user);
        statement.open(deadline, zone, clock.instant());
        auditLog.recordAboutGroup(statement.groupId(), "statements.opened", subject(statement), "deadline " + deadline);
        published.publishEvent(new ItemPublished(Subject.STATEMENT, id, StatementThings.thing(statement)));
    }

    /** Owners close an open statement: no signature is added or withdrawn after this. */
    public void close(Long id, HarambeeUser user) {
        SignOnStatement statement = managed(id, user);
        statement.close(clock.instant());
        auditLog.recordAboutGroup(statement.groupId(), "statements.closed", subject(statement), statement.title());
    }

    /** Owners record how a closed statement was delivered. */
    public void deliver(Long id, Delivery delivery, HarambeeUser user) {
        SignOnStatement statement = managed(id, user);
        statement.deliver(delivery, zone, clock.instant());
        auditLog.recordAboutGroup(statement.groupId(), "statements.delivered", subject(statement),
                statement.deliveryMethod() + " to " + statement.deliveredTo() + " on " + statement.deliveredOn());
    }

    /**
     * Every ten minutes: records the closing of open statements whose deadline has passed, so lists and pages read
     * the right state from the database too (they never accept a late signature either way).
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public int closeExpired() {
        Instant now = clock.instant();
        int closed = 0;
        for (Long id : statements.findIdsClosingBy(StatementState.OPEN, now)) {
            SignOnStatement statement = statements.findById(id).orElseThrow();
            if (statement.closeIfExpired(now)) {
                auditLog.recordAboutGroup(statement.groupId(), "statements.closed", subject(statement), "deadline " + statement.deadline());
                closed++;
            }
        }
        if (closed > 0) {
            log.info("Statements: {} closed at their deadline", closed);
        }
        return closed;
    }

    /**
     * A member signs, for one of the organizations they represent ({@code organizationId}) or, when it is null, as
     * themselves. Whether they represent it (an active member organization) is checked now, in the signing
     * transaction. Each attempt runs in a fresh transaction of its own: the database keeps one signature per signer,
     * so a signature recorded meanwhile by a request at the same moment answers {@link Signing#ALREADY_SIGNED}. A
     * person signing as themselves is named to every reader only when {@code namedPublicly}, otherwise counted and
     * named to the statement's owners alone; organizations are always named.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Signing sign(Long id, Long organizationId, boolean namedPublicly, HarambeeUser user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> signOnce(id, organizationId, namedPublicly, user));
            } catch (DataIntegrityViolationException signedMeanwhile) {
                return Signing.ALREADY_SIGNED;
            } catch (TransientDataAccessException busy) {
                if (attempt == SIGNING_ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }

    private Signing signOnce(Long id, Long organizationId, boolean namedPublicly, HarambeeUser user) {
        SignOnStatement statement = forSignatures(id, user);
        Signer signer = signer(organizationId, user, true, namedPublicly);
        Signature signature = statement.sign(signer, clock.instant());
        if (signatures.existsByStatementIdAndSignerKey(id, signer.key())) {
            return Signing.ALREADY_SIGNED;
        }
        signatures.saveAndFlush(signature);
        auditLog.recordAboutGroup(statement.groupId(), "statements.signed", subject(statement), signer.name());
        return Signing.SIGNED;
    }

    /**
     * A member withdraws their own signature, or their organization's ({@code organizationId}), while it is open, once
     * they have {@code confirmed} it: a withdrawal is not undone by signing again where the deadline has passed.
     */
    public void withdraw(Long id, Long organizationId, boolean confirmed, HarambeeUser user) {
        SignOnStatement statement = forSignatures(id, user);
        Signer signer = signer(organizationId, user, false, false);
        Signature signature = signatures.findByStatementIdAndSignerKey(id, signer.key())
                .orElseThrow(() -> new StatementTransitionException("statements.refused.notSigned"));
        if (!confirmed) {
            throw new StatementTransitionException("statements.withdraw.unconfirmed");
        }
        statement.withdraw(signature, clock.instant());
        signatures.delete(signature);
        auditLog.recordAboutGroup(statement.groupId(), "statements.withdrawn", subject(statement), signature.name());
    }

    /**
     * Demo only: records the signature of an active, publicly listed organization without a signed-in representative,
     * so the demo network's statements have signatories. Nothing else calls it.
     */
    void seedSignature(Long id, Long organizationId) {
        SignOnStatement statement = statements.findForSignatures(id).orElseThrow(UnknownStatementException::new);
        OrganizationView organization = organizations.profiles(List.of(new OrganizationId(organizationId)), null)
                .stream()
                .filter(OrganizationView::active).findFirst()
                .orElseThrow(() -> new StatementTransitionException("statements.refused.notRepresentative"));
        Signer signer = Signer.organization(organization.id(), organization.name(), organization.stateCode(),
                organization.country(), null);
        signatures.save(statement.sign(signer, clock.instant()));
        auditLog.recordAboutGroup(statement.groupId(), "statements.signed", subject(statement), signer.name());
    }

    private SignOnStatement forSignatures(Long id, HarambeeUser user) {
        SignOnStatement statement = statements.findForSignatures(id).orElseThrow(UnknownStatementException::new);
        if (!statement.readableBy(readerOf(statement, user))) {
            throw new UnknownStatementException();
        }
        return statement;
    }

    /**
     * The person, or one of the organizations they are an authorized representative of at this moment (to sign, an
     * active member; a signature may be withdrawn whatever the organization's standing since).
     */
    private Signer signer(Long organizationId, HarambeeUser user, boolean signing, boolean namedPublicly) {
        if (!isMember(user)) {
            throw new AccessDeniedException("Only members sign statements");
        }
        if (organizationId == null) {
            return Signer.person(user.accountId(), user.displayName(), namedPublicly);
        }
        MemberOrganization organization = organizations.representedBy(user).stream()
                .filter(represented -> represented.id().equals(organizationId) && (represented.active() || !signing))
                .findFirst()
                .orElseThrow(() -> new StatementTransitionException("statements.refused.notRepresentative"));
        return Signer.organization(organization.id(), organization.name(), organization.stateCode(),
                organization.country(), user.accountId());
    }

    /** The statement, if this person may read it, with its earlier texts. */
    @Transactional(readOnly = true)
    SignOnStatement find(Long id, HarambeeUser user) {
        return read(id, user).statement();
    }

    /** The statement with its earlier texts as this person reads it, if they may: who they are to it, and its group. */
    @Transactional(readOnly = true)
    Reading read(Long id, HarambeeUser user) {
        SignOnStatement statement = statements.findWithVersions(id).orElseThrow(UnknownStatementException::new);
        Reading reading = readingOf(statement, user);
        if (!statement.readableBy(reading.reader())) {
            throw new UnknownStatementException();
        }
        return reading;
    }

    /** The statements opened since this moment and open now that this person may read, latest opened first. */
    @Transactional(readOnly = true)
    List<SignOnStatement> openedSince(Instant since, HarambeeUser user) {
        Instant now = now();
        Map<Optional<Long>, Reader> readerByGroup = new HashMap<>();
        return statements.findByOpenedAtAfter(since).stream()
                .filter(statement -> statement.state(now) == StatementState.OPEN
                        && statement.readableBy(readerByGroup.computeIfAbsent(Optional.ofNullable(statement.groupId()),
                                group -> readerOf(statement, user))))
                .sorted(Comparator.comparing(SignOnStatement::openedAt).reversed()).toList();
    }

    /** The statement's signatures, oldest first. */
    @Transactional(readOnly = true)
    List<Signature> signatures(SignOnStatement statement) {
        return signatures.findByStatementIdOrderBySignedAtAsc(statement.id());
    }

    /** How many signatures the statement has, if this person may read it. */
    @Transactional(readOnly = true)
    long count(Long id, HarambeeUser user) {
        return signatures.countByStatementId(find(id, user).id());
    }

    /**
     * The statements past drafting this person may read, with their state now and their number of signatures: open
     * ones first (closing soonest first), then the others, most recently closed first.
     */
    @Transactional(readOnly = true)
    List<StatementListing> published(HarambeeUser user) {
        Instant now = clock.instant();
        List<SignOnStatement> found = statements.findTop500ByStateNotAndVisibilityInOrderByOpenedAtDesc(
                StatementState.DRAFT, isMember(user) ? EnumSet.allOf(StatementVisibility.class)
                        : EnumSet.of(StatementVisibility.PUBLIC));
        Map<Long, Long> counts = new HashMap<>();
        if (!found.isEmpty()) {
            signatures.countsOf(found.stream().map(SignOnStatement::id).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        List<StatementListing> listings = new ArrayList<>();
        for (SignOnStatement statement : found) {
            listings.add(new StatementListing(StatementText.of(statement), statement.state(now), statement.closedAt(now),
                    counts.getOrDefault(statement.id(), 0L)));
        }
        listings.sort(Comparator.comparing((StatementListing listing) -> listing.state() != StatementState.OPEN)
                .thenComparing(listing -> listing.state() == StatementState.OPEN ? listing.statement().deadline() : null,
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(StatementListing::closedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
        return listings;
    }

    /**
     * The statements open now that this person could sign and that neither they nor an organization they represent
     * has signed, closing soonest first.
     */
    @Transactional(readOnly = true)
    List<StatementText> awaitingSignature(HarambeeUser user) {
        if (!isMember(user)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        keys.add(Signer.personKey(user.accountId()));
        organizations.representedBy(user).stream().filter(MemberOrganization::mayActFor)
                .forEach(organization -> keys.add(Signer.organizationKey(organization.id())));
        List<StatementText> open = published(user).stream().filter(listing -> listing.state() == StatementState.OPEN)
                .map(StatementListing::statement).toList();
        if (open.isEmpty()) {
            return open;
        }
        Set<Long> signed = Set.copyOf(signatures.signedBy(open.stream().map(StatementText::id).toList(), keys));
        return open.stream().filter(statement -> !signed.contains(statement.id())).toList();
    }

    /** The drafts this person manages: the network's when staff, and those of the groups they convene. */
    @Transactional(readOnly = true)
    List<StatementText> drafts(HarambeeUser user) {
        List<SignOnStatement> drafts = new ArrayList<>();
        if (user == null) {
            return List.of();
        }
        if (user.isStaff()) {
            drafts.addAll(statements.findByStateAndGroupIdIsNullOrderByEditedAtDesc(StatementState.DRAFT));
        }
        List<Long> convened = groups.convenedBy(user).stream().map(GroupSummary::id).toList();
        if (!convened.isEmpty()) {
            drafts.addAll(statements.findByStateAndGroupIdInOrderByEditedAtDesc(StatementState.DRAFT, convened));
        }
        return drafts.stream().map(StatementText::of).toList();
    }

    /** The statement, for one of its owners: unknown to those who may not read it, refused to other readers. */
    SignOnStatement managed(Long id, HarambeeUser user) {
        SignOnStatement statement = statements.findById(id).orElseThrow(UnknownStatementException::new);
        Reader reader = readerOf(statement, user);
        if (!statement.readableBy(reader)) {
            throw new UnknownStatementException();
        }
        if (!reader.owner()) {
            throw new AccessDeniedException("Only the statement's owners manage it");
        }
        return statement;
    }

    private Reader readerOf(SignOnStatement statement, HarambeeUser user) {
        return readingOf(statement, user).reader();
    }

    /** Who this person is to the statement, from one look-up of its group (owners of a staff statement are staff). */
    private Reading readingOf(SignOnStatement statement, HarambeeUser user) {
        Long group = statement.groupId();
        GroupStanding standing = group == null ? null : groups.standing(new GroupId(group), user);
        boolean owner = standing == null ? user != null && user.isStaff() : standing.convenes();
        Reader reader = new Reader(isMember(user), owner, standing != null && standing.takesPart());
        return new Reading(statement, reader, standing == null ? null : standing.group());
    }

    /** A signed-in member: an account with a role. */
    static boolean isMember(HarambeeUser user) {
        return user != null && !user.roles().isEmpty();
    }

    private static String subject(SignOnStatement statement) {
        return "statement " + statement.id();
    }

    /** A statement as one person reads it: who they are to it, and its group as they may know it (null: none or hidden). */
    record Reading(SignOnStatement statement, Reader reader, GroupSummary group) {
    }
}
