package org.harambee.membership;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.harambee.identity.AuditLog;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Records members directly, without application and review: for data imports and for seeding a
 * demonstration network. A batch is all or nothing: every registration is checked first (the same rules as
 * the application form, names unique within the batch and in the network), and nothing is stored when any
 * is invalid. Inserts are batched and the persistence context is cleared as it goes, so a batch of many
 * thousands stays fast and small in memory. A member registered with status applicant waits in the staff's
 * review queue like one that applied. An import finds organizations again ({@link #registeredOrganizations()}),
 * checks a whole file first ({@link #checkOrganizations}, {@link #checkUpdates}) and then registers and updates in
 * one transaction, so that it too is all or nothing.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class MemberRegistry {

    static final int FLUSH_EVERY = 500;
    private static final int QUERY_CHUNK = 1000;

    private final Organizations organizations;
    private final IndividualMembers individuals;
    private final People people;
    private final OrganizationSlugs slugs;
    private final ProfileRules rules;
    private final Taxonomy taxonomy;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    MemberRegistry(Organizations organizations, IndividualMembers individuals, People people, OrganizationSlugs slugs,
            ProfileRules rules, Taxonomy taxonomy, AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.organizations = organizations;
        this.individuals = individuals;
        this.people = people;
        this.slugs = slugs;
        this.rules = rules;
        this.taxonomy = taxonomy;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records organizations with their people and standing; returns their ids in the order given.
     *
     * @throws InvalidRegistrationException listing every problem, when any registration is invalid
     */
    @Transactional
    public List<Long> registerOrganizations(List<OrganizationRegistration> registrations) {
        return registerOrganizations(registrations, stored -> { });
    }

    /**
     * Records organizations as {@link #registerOrganizations(List)} does, telling {@code progress} how many are
     * stored so far after every few hundred (a long import shows how far it got).
     *
     * @throws InvalidRegistrationException listing every problem, when any registration is invalid
     */
    @Transactional
    public List<Long> registerOrganizations(List<OrganizationRegistration> registrations, IntConsumer progress) {
        List<InvalidRegistrationException.Problem> problems = checkOrganizations(registrations);
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = new ArrayList<>(registrations.size());
        for (int from = 0; from < registrations.size(); from += FLUSH_EVERY) {
            List<OrganizationRegistration> chunk = registrations.subList(from,
                    Math.min(registrations.size(), from + FLUSH_EVERY));
            List<String> chunkSlugs = slugs.allocate(chunk.stream().map(r -> r.profile().name()).toList());
            for (int i = 0; i < chunk.size(); i++) {
                OrganizationRegistration registration = chunk.get(i);
                Organization organization = new Organization(registration.profile(), chunkSlugs.get(i),
                        registration.people(), registration.standing(), registration.language(), "registry", now,
                        today);
                entityManager.persist(organization);
                awaitReviewIfApplicant(organization, now);
                ids.add(organization.id());
            }
            flushAndClear();
            progress.accept(ids.size());
        }
        auditLog.record("membership.registered", registrations.size() + " organizations", null);
        return ids;
    }

    /**
     * Checks organizations as {@link #registerOrganizations(List)} would, without storing anything: every problem
     * of every registration, with its position in the list and its field. Names must be unique within the list and
     * in the network.
     */
    @Transactional(readOnly = true)
    public List<InvalidRegistrationException.Problem> checkOrganizations(List<OrganizationRegistration> registrations) {
        Vocabulary vocabulary = Vocabulary.of(taxonomy);
        List<InvalidRegistrationException.Problem> problems = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (int row = 0; row < registrations.size(); row++) {
            OrganizationRegistration registration = registrations.get(row);
            Errors errors = new MapBindingResult(new HashMap<>(), "organization");
            rules.check(registration.profile(), registration.people(), null, vocabulary, errors);
            collect(row, errors, problems);
            if (registration.profile().name() != null && !registration.profile().name().isBlank()
                    && keys.putIfAbsent(OrganizationProfile.nameKeyOf(registration.profile().name()), row) != null) {
                problems.add(new InvalidRegistrationException.Problem(row, "name", "membership.name.taken"));
            }
        }
        List<String> allKeys = new ArrayList<>(keys.keySet());
        for (int from = 0; from < allKeys.size(); from += QUERY_CHUNK) {
            organizations.findNameKeysIn(allKeys.subList(from, Math.min(allKeys.size(), from + QUERY_CHUNK)))
                    .forEach(key -> problems.add(new InvalidRegistrationException.Problem(keys.get(key), "name",
                            "membership.name.taken")));
        }
        return problems;
    }

    /**
     * Every registered organization (any status) with what tells it apart: name, website, primary contact's
     * e-mail. One light query, for finding organizations again in a list of thousands.
     */
    @Transactional(readOnly = true)
    public List<RegisteredOrganization> registeredOrganizations() {
        return organizations.findRegistered();
    }

    /** The current profiles of these organizations, by id; ids of no organization are left out. */
    @Transactional(readOnly = true)
    public Map<Long, OrganizationProfile> profiles(Collection<OrganizationId> ids) {
        Map<Long, OrganizationProfile> profiles = new HashMap<>();
        List<Long> all = ids.stream().map(OrganizationId::value).toList();
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            organizations.findAllById(all.subList(from, Math.min(all.size(), from + QUERY_CHUNK)))
                    .forEach(organization -> profiles.put(organization.id(), organization.profile()));
            entityManager.clear();
        }
        return profiles;
    }

    /**
     * Checks profile updates as {@link #updateOrganizations} would, without storing anything: the same rules as the
     * edit form (an issue area the organization already has stays allowed after it is retired), a name no other
     * organization uses and no two updates give the same name. Problems carry the update's position in the list.
     */
    @Transactional(readOnly = true)
    public List<InvalidRegistrationException.Problem> checkUpdates(List<OrganizationUpdate> updates) {
        Vocabulary vocabulary = Vocabulary.of(taxonomy);
        List<InvalidRegistrationException.Problem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int from = 0; from < updates.size(); from += FLUSH_EVERY) {
            List<OrganizationUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + FLUSH_EVERY));
            Map<Long, Organization> existing = loaded(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                int row = from + i;
                OrganizationUpdate update = chunk.get(i);
                Organization organization = existing.get(update.id());
                if (organization == null) {
                    problems.add(new InvalidRegistrationException.Problem(row, null, "membership.organization.gone"));
                    continue;
                }
                Errors errors = new MapBindingResult(new HashMap<>(), "organization");
                rules.check(update.profile(), organization.people().stream().map(Person::details).toList(),
                        organization, vocabulary, errors);
                rules.checkNameFree(update.profile(), organization, errors);
                collect(row, errors, problems);
                if (update.profile().name() != null && !update.profile().name().isBlank()
                        && !keys.add(OrganizationProfile.nameKeyOf(update.profile().name()))) {
                    problems.add(new InvalidRegistrationException.Problem(row, "name", "membership.name.taken"));
                }
            }
            entityManager.clear();
        }
        return problems;
    }

    /**
     * Replaces the profiles of registered organizations (their people and standing stay), all or nothing, telling
     * {@code progress} how many are done so far after every few hundred. Each change is audited as an edit is.
     *
     * @throws InvalidRegistrationException listing every problem, when any update is invalid
     */
    @Transactional
    public void updateOrganizations(List<OrganizationUpdate> updates, IntConsumer progress) {
        List<InvalidRegistrationException.Problem> problems = checkUpdates(updates);
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        for (int from = 0; from < updates.size(); from += FLUSH_EVERY) {
            List<OrganizationUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + FLUSH_EVERY));
            Map<Long, Organization> existing = loaded(chunk);
            for (OrganizationUpdate update : chunk) {
                Organization organization = existing.get(update.id());
                List<String> changed = organization.describe(update.profile());
                if (!changed.isEmpty()) {
                    auditLog.record("membership.profile.changed", organization.name(), String.join(", ", changed));
                }
            }
            flushAndClear();
            progress.accept(Math.min(updates.size(), from + FLUSH_EVERY));
        }
    }

    private Map<Long, Organization> loaded(List<OrganizationUpdate> updates) {
        Map<Long, Organization> found = new HashMap<>();
        organizations.findAllById(updates.stream().map(OrganizationUpdate::id).toList())
                .forEach(organization -> found.put(organization.id(), organization));
        return found;
    }

    /**
     * Records individual members with their standing; returns their ids in the order given.
     *
     * @throws InvalidRegistrationException listing every problem, when any registration is invalid
     */
    @Transactional
    List<Long> registerIndividuals(List<IndividualRegistration> registrations) {
        Vocabulary vocabulary = Vocabulary.of(taxonomy);
        List<InvalidRegistrationException.Problem> problems = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int row = 0; row < registrations.size(); row++) {
            IndividualProfile profile = registrations.get(row).profile();
            Errors errors = new MapBindingResult(new HashMap<>(), "individual");
            rules.check(profile, null, vocabulary, errors);
            rules.checkEmailFree(profile, errors);
            collect(row, errors, problems);
            if (profile.email() != null && !emails.add(Person.normalizeEmail(profile.email()))) {
                problems.add(new InvalidRegistrationException.Problem(row, "email", "membership.email.taken"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = new ArrayList<>(registrations.size());
        for (int row = 0; row < registrations.size(); row++) {
            IndividualRegistration registration = registrations.get(row);
            IndividualMember member = new IndividualMember(registration.profile(), registration.standing(),
                    registration.language(), "registry", now, today);
            entityManager.persist(member);
            awaitReviewIfApplicant(member, now);
            ids.add(member.id());
            if ((row + 1) % FLUSH_EVERY == 0) {
                flushAndClear();
            }
        }
        flushAndClear();
        auditLog.record("membership.registered", registrations.size() + " individual members", null);
        return ids;
    }

    /**
     * After many organizations were registered at once (a demo network, an import): merges the organization
     * search index into as few segments as it can, so that searches and their counts stay fast. Takes seconds
     * for 100,000 organizations; searches keep working meanwhile.
     */
    public void compactSearchIndex() {
        Search.mapping(entityManager.getEntityManagerFactory()).scope(Organization.class).workspace().mergeSegments();
    }

    /** Whether the network has any member or applicant at all (a new installation has none). */
    @Transactional(readOnly = true)
    boolean hasMembers() {
        return organizations.count() > 0 || individuals.count() > 0;
    }

    /**
     * Makes every person with this e-mail address an authorized representative of their organization, signing
     * in with this account. Returns how many people were linked (0 when nobody has this address).
     */
    @Transactional
    int linkRepresentative(String email, UUID accountId) {
        List<Person> found = people.findByEmail(Person.normalizeEmail(email));
        found.forEach(person -> {
            person.authorize(accountId);
            auditLog.record("membership.representative.linked", person.organization().name(), person.email());
        });
        return found.size();
    }

    /** Links the individual member with this e-mail address to the account they sign in with. */
    @Transactional
    boolean linkIndividualMember(String email, UUID accountId) {
        return individuals.findByEmail(Person.normalizeEmail(email)).map(member -> {
            member.link(accountId);
            auditLog.record("membership.account.linked", member.name(), member.email());
            return true;
        }).orElse(false);
    }

    /** A member registered as an applicant gets an application in the staff's review queue (no e-mail is sent). */
    private void awaitReviewIfApplicant(Member member, Instant now) {
        if (member.status() == MembershipStatus.APPLICANT) {
            entityManager.persist(new MembershipApplication(member, null, now));
        }
    }

    private static void collect(int row, Errors errors, List<InvalidRegistrationException.Problem> problems) {
        errors.getGlobalErrors().forEach(error ->
                problems.add(new InvalidRegistrationException.Problem(row, null, error.getCode(), error)));
        errors.getFieldErrors().forEach(error ->
                problems.add(new InvalidRegistrationException.Problem(row, error.getField(), error.getCode(), error)));
    }

    /** Sends the batched inserts, hands the new entities to the search index, and frees memory. */
    private void flushAndClear() {
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(FLUSH_EVERY);
        session.flush();
        Search.session(entityManager).indexingPlan().process();
        session.clear();
    }
}
