package org.harambee.membership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.site.EditedVersion;
import org.harambee.site.Installation;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Organizations as people see and edit them: the list and the profile page, each showing only what the
 * viewer may see; editing by the organization's own representatives and by staff, with every change of
 * contact details audited; logos; representatives authorized by staff.
 */
@Service
@Transactional(readOnly = true)
class OrganizationPages {

    static final int PAGE_SIZE = 25;

    private final Organizations organizations;
    private final ProfileRules rules;
    private final Taxonomy taxonomy;
    private final Logos logos;
    private final AuditLog auditLog;
    private final Invitations invitations;
    private final MemberLifecycle lifecycle;
    private final String baseUrl;
    private final EntityManager entityManager;

    OrganizationPages(Organizations organizations, ProfileRules rules, Taxonomy taxonomy, Logos logos,
            AuditLog auditLog, Invitations invitations, MemberLifecycle lifecycle,
            Installation installation, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.organizations = organizations;
        this.rules = rules;
        this.taxonomy = taxonomy;
        this.logos = logos;
        this.auditLog = auditLog;
        this.invitations = invitations;
        this.lifecycle = lifecycle;
        this.baseUrl = installation.address();
    }

    /** The organizations this viewer may see, by name; staff may filter by status. */
    Page<OrganizationSummary> list(Viewer viewer, MembershipStatus status, int page) {
        Pageable request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("nameKey"));
        Page<Organization> found;
        if (viewer.staff()) {
            found = status == null ? organizations.findAll(request) : organizations.findByStatus(status, request);
        } else if (viewer.member()) {
            found = organizations.findByStatus(MembershipStatus.ACTIVE, request);
        } else {
            found = organizations.findByStatusAndListedPubliclyTrue(MembershipStatus.ACTIVE, request);
        }
        Map<String, String> states = stateNames();
        return found.map(o -> new OrganizationSummary(o.id(), o.slug(), o.name(), o.type(), o.city(),
                states.get(o.stateCode()), o.country(), o.grassroots(), o.ledByDirectlyAffected(),
                viewer.staff() ? o.status() : null));
    }

    /** The organization as this viewer may see it; unknown or not visible to them: not found. */
    OrganizationView view(String slug, Viewer viewer) {
        return find(slug, viewer).orElseThrow(() -> new UnknownRecordException("organization " + slug));
    }

    /** The organization as this viewer may see it, if it exists and they may know it does. */
    Optional<OrganizationView> find(String slug, Viewer viewer) {
        return organizations.findBySlug(slug).filter(viewer::maySee).map(o -> view(o, viewer, stateNames()));
    }

    /** The organizations with these ids that this viewer may see, as they may see them, in the ids' order. */
    List<OrganizationView> views(List<Long> ids, Viewer viewer) {
        Map<Long, Organization> found = organizations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organization::id, o -> o));
        Map<String, String> states = stateNames();
        return ids.stream().map(found::get).filter(o -> o != null && viewer.maySee(o))
                .map(o -> view(o, viewer, states)).toList();
    }

    private OrganizationView view(Organization o, Viewer viewer, Map<String, String> states) {
        Visibility clearance = viewer.clearanceFor(o);
        boolean members = Visibility.MEMBERS.shownTo(clearance);
        boolean inside = Visibility.STAFF.shownTo(clearance);
        List<OrganizationView.PersonView> people = o.people().stream()
                .map(p -> personView(p, clearance))
                .filter(p -> p.name() != null || p.title() != null || p.email() != null || p.phone() != null)
                .toList();
        return new OrganizationView(o.id(), o.slug(), o.name(), o.logoFile() != null, o.mission(), o.type(),
                o.yearFounded(), members ? o.budget() : null, members ? o.staffSize() : null, o.city(),
                o.stateCode(), states.get(o.stateCode()), members ? o.zip() : null, o.country(), o.website(),
                o.languages().stream().sorted(Comparator.comparingInt(Vocabulary.LANGUAGES::indexOf)).toList(),
                taxonomy.issueAreasById(o.issueAreas()), taxonomy.rights(o.rights()), o.communitiesServed(),
                o.grassroots(), o.ledByDirectlyAffected(), o.foundingMember(), o.memberSince(),
                inside ? o.status() : null, inside ? o.renewalDate() : null, inside ? o.listedPublicly() : null,
                o.offers().stream().sorted().toList(), o.needs().stream().sorted().toList(), people,
                viewer.staff() ? o.history() : List.of(), viewer.mayEdit(o), viewer.staff(),
                o.status() == MembershipStatus.ACTIVE, published(o));
    }

    /** Where the profile is public, its absolute addresses; null for a profile not everyone may see. */
    private OrganizationView.Published published(Organization o) {
        if (!o.publiclyVisible()) {
            return null;
        }
        String url = baseUrl + "/organizations/" + o.slug();
        return new OrganizationView.Published(url, o.logoFile() != null ? url + "/logo" : null);
    }

    private static OrganizationView.PersonView personView(Person p, Visibility clearance) {
        return new OrganizationView.PersonView(
                p.nameVisibility().shownTo(clearance) ? p.name() : null,
                p.titleVisibility().shownTo(clearance) ? p.title() : null,
                p.emailVisibility().shownTo(clearance) ? p.email() : null,
                p.phoneVisibility().shownTo(clearance) ? p.phone() : null,
                p.pronounsVisibility().shownTo(clearance) ? p.pronouns() : null,
                p.primaryContact() && Visibility.MEMBERS.shownTo(clearance),
                p.representative() && Visibility.STAFF.shownTo(clearance));
    }

    /** The form to edit this organization, for its representatives and staff only. */
    OrganizationForm editForm(String slug, Viewer viewer) {
        return OrganizationForm.of(editable(slug, viewer));
    }

    /** What the edit page says about the organization this viewer may edit. */
    Editing editing(String slug, Viewer viewer) {
        Organization organization = editable(slug, viewer);
        return new Editing(organization.name(), organization.logoFile() != null);
    }

    /**
     * Checks and applies an edit of the profile and people. People are matched by id, and only people of
     * this organization can be matched (another id is not found). Returns false, with the problems on
     * {@code errors}, when the edit is not valid. Refused as a whole when the organization changed since the form
     * showed version {@code seen} ({@link EditedVersion}).
     */
    @Transactional
    boolean update(String slug, Viewer viewer, Long seen, OrganizationProfile profile, List<PersonEdit> edits,
            Errors errors) {
        Organization organization = editable(slug, viewer);
        EditedVersion.require(seen, organization.version(), Organization.class, organization.id());
        // a change of its people alone is a change of the organization: the next form from this version is outdated
        entityManager.lock(organization, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Map<PersonEdit, Person> matched = new HashMap<>();
        for (PersonEdit edit : edits) {
            if (edit.id() != null) {
                matched.put(edit, organization.person(edit.id())
                        .orElseThrow(() -> new UnknownRecordException("person " + edit.id() + " of " + slug)));
            }
        }
        List<PersonDetails> kept = edits.stream().map(edit -> edit.remove() ? null : edit.details()).toList();
        rules.check(profile, kept, organization, Vocabulary.of(taxonomy), errors);
        rules.checkNameFree(profile, organization, errors);
        if (errors.hasErrors()) {
            return false;
        }
        List<String> changed = organization.describe(profile);
        if (!changed.isEmpty()) {
            auditLog.record("membership.profile.changed", organization.name(), String.join(", ", changed));
        }
        Person primary = null;
        List<Person> removed = new ArrayList<>();
        for (PersonEdit edit : edits) {
            Person person = matched.get(edit);
            if (edit.remove()) {
                if (person != null) {
                    removed.add(person);
                }
                continue;
            }
            if (edit.details() != null && person != null) {
                List<String> fields = person.update(edit.details());
                if (!fields.isEmpty()) {
                    auditLog.record("membership.contact.changed", subject(organization, person),
                            String.join(", ", fields));
                }
            } else if (edit.details() != null) {
                person = organization.addPerson(edit.details());
                auditLog.record("membership.contact.added", subject(organization, person), null);
            }
            if (edit.details() != null && edit.details().primaryContact()) {
                primary = person;
            }
        }
        if (primary != null && !primary.primaryContact()) {
            organization.makePrimaryContact(primary);
            auditLog.record("membership.contact.primary", subject(organization, primary), null);
        }
        for (Person person : removed) {
            organization.removePerson(person);
            auditLog.record("membership.contact.removed", subject(organization, person), null);
        }
        return true;
    }

    private static String subject(Organization organization, Person person) {
        return organization.name() + " / " + person.name();
    }

    /** Replaces the logo, or throws {@link Logos.RefusedLogoException} saying why it is refused. */
    @Transactional
    void changeLogo(String slug, Viewer viewer, byte[] content) {
        Organization organization = editable(slug, viewer);
        Logos.StoredLogo stored = logos.store(content);
        logos.deleteAfterCommit(organization.logoFile());
        organization.logo(stored.file(), stored.type().contentType);
        auditLog.record("membership.logo.changed", organization.name(), null);
    }

    @Transactional
    void removeLogo(String slug, Viewer viewer) {
        Organization organization = editable(slug, viewer);
        logos.deleteAfterCommit(organization.logoFile());
        organization.logo(null, null);
        auditLog.record("membership.logo.removed", organization.name(), null);
    }

    /** The logo's bytes and type, when the viewer may see the organization and it has a logo. */
    Optional<Logo> logo(String slug, Viewer viewer) {
        Organization organization = visible(slug, viewer);
        return Optional.ofNullable(organization.logoFile()).flatMap(logos::read)
                .flatMap(bytes -> Logos.ImageType.ofContentType(organization.logoType())
                        .map(type -> new Logo(bytes, type.contentType)));
    }

    /**
     * The organization withdraws from the network (its representative, or staff recording it), if the
     * withdrawal is confirmed; returns whether it withdrew.
     */
    @Transactional
    boolean withdraw(String slug, Viewer viewer, boolean confirmed, String reason) {
        Organization organization = editable(slug, viewer);
        if (confirmed) {
            lifecycle.withdraw(organization.id(), viewer.user().email(), reason);
        }
        return confirmed;
    }

    /** Staff make a person an authorized representative and e-mail them an invitation to their account. */
    @Transactional
    void authorize(Long organizationId, Long personId, HarambeeUser staff) {
        Person person = personOf(organizationId, personId, staff);
        if (person.email() == null) {
            throw new MembershipTransitionException("membership.representative.needsEmail");
        }
        UUID account = invitations.invite(person.email(), person.name(), Role.REPRESENTATIVE,
                Locale.forLanguageTag(person.organization().language()));
        person.authorize(account);
        auditLog.record("membership.representative.authorized", subject(person.organization(), person), null);
    }

    /** Staff take a person's authority to act for the organization away. */
    @Transactional
    void deauthorize(Long organizationId, Long personId, HarambeeUser staff) {
        Person person = personOf(organizationId, personId, staff);
        person.deauthorize();
        auditLog.record("membership.representative.removed", subject(person.organization(), person), null);
    }

    private Person personOf(Long organizationId, Long personId, HarambeeUser staff) {
        if (staff == null || !staff.isStaff()) {
            throw new AccessDeniedException("Only staff authorize representatives");
        }
        return organizations.findById(organizationId).flatMap(o -> o.person(personId))
                .orElseThrow(() -> new UnknownRecordException("person " + personId + " of " + organizationId));
    }

    /** The organizations this person represents (for their dashboard). */
    List<Organization> representedBy(HarambeeUser user) {
        return user == null || !user.has(Role.REPRESENTATIVE) ? List.of()
                : organizations.findRepresentedBy(user.accountId());
    }

    private Organization visible(String slug, Viewer viewer) {
        return organizations.findBySlug(slug).filter(viewer::maySee)
                .orElseThrow(() -> new UnknownRecordException("organization " + slug));
    }

    private Organization editable(String slug, Viewer viewer) {
        Organization organization = visible(slug, viewer);
        if (!viewer.mayEdit(organization)) {
            throw new AccessDeniedException("Only the organization's representatives and staff edit it");
        }
        return organization;
    }

    private Map<String, String> stateNames() {
        return taxonomy.states().stream().collect(Collectors.toMap(UsState::code, UsState::name));
    }

    /** One row of the people part of the edit form: an existing person (id) or a new one, or a removal. */
    record PersonEdit(Long id, PersonDetails details, boolean remove) {
    }

    /** The organization being edited: its name and whether it has a logo. */
    record Editing(String name, boolean hasLogo) {
    }

    /** A logo to serve. */
    record Logo(byte[] content, String contentType) {
    }
}
