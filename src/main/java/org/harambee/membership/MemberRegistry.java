package org.harambee.membership;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
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
 * review queue like one that applied.
 */
@Service
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
        Vocabulary vocabulary = Vocabulary.of(taxonomy);
        List<InvalidRegistrationException.Problem> problems = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (int row = 0; row < registrations.size(); row++) {
            OrganizationRegistration registration = registrations.get(row);
            Errors errors = new MapBindingResult(new HashMap<>(), "organization");
            rules.check(registration.profile(), registration.people(), null, vocabulary, errors);
            collect(row, errors, problems);
            if (registration.profile().name() != null
                    && keys.putIfAbsent(Organization.nameKeyOf(registration.profile().name()), row) != null) {
                problems.add(new InvalidRegistrationException.Problem(row, "name", "membership.name.taken"));
            }
        }
        List<String> allKeys = new ArrayList<>(keys.keySet());
        for (int from = 0; from < allKeys.size(); from += QUERY_CHUNK) {
            organizations.findNameKeysIn(allKeys.subList(from, Math.min(allKeys.size(), from + QUERY_CHUNK)))
                    .forEach(key -> problems.add(new InvalidRegistrationException.Problem(keys.get(key), "name",
                            "membership.name.taken")));
        }
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
        }
        auditLog.record("membership.registered", registrations.size() + " organizations", null);
        return ids;
    }

    /**
     * Records individual members with their standing; returns their ids in the order given.
     *
     * @throws InvalidRegistrationException listing every problem, when any registration is invalid
     */
    @Transactional
    public List<Long> registerIndividuals(List<IndividualRegistration> registrations) {
        Vocabulary vocabulary = Vocabulary.of(taxonomy);
        List<InvalidRegistrationException.Problem> problems = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int row = 0; row < registrations.size(); row++) {
            IndividualProfile profile = registrations.get(row).profile();
            Errors errors = new MapBindingResult(new HashMap<>(), "individual");
            rules.check(profile, null, vocabulary, errors);
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

    /** Whether the network has any member or applicant at all (a new installation has none). */
    @Transactional(readOnly = true)
    public boolean hasMembers() {
        return organizations.count() > 0 || individuals.count() > 0;
    }

    /**
     * Makes every person with this e-mail address an authorized representative of their organization, signing
     * in with this account. Returns how many people were linked (0 when nobody has this address).
     */
    @Transactional
    public int linkRepresentative(String email, UUID accountId) {
        List<Person> found = people.findByEmail(Person.normalizeEmail(email));
        found.forEach(person -> {
            person.authorize(accountId);
            auditLog.record("membership.representative.linked", person.organization().name(), person.email());
        });
        return found.size();
    }

    /** Links the individual member with this e-mail address to the account they sign in with. */
    @Transactional
    public boolean linkIndividualMember(String email, UUID accountId) {
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
                problems.add(new InvalidRegistrationException.Problem(row, null, error.getCode())));
        errors.getFieldErrors().forEach(error ->
                problems.add(new InvalidRegistrationException.Problem(row, error.getField(), error.getCode())));
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
