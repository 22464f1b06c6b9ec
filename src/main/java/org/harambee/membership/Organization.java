package org.harambee.membership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.harambee.search.SearchAnalysis;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A member organization: its profile, its people (one of them the primary contact, some of them
 * authorized representatives), and, through {@link Member}, its membership.
 */
@Entity
@Table(name = "organization")
@DiscriminatorValue("ORGANIZATION")
@Indexed(index = "organization")
public class Organization extends Member {

    @FullTextField(analyzer = SearchAnalysis.NAME, projectable = Projectable.YES)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String name;
    private String nameKey;
    @KeywordField(projectable = Projectable.YES)
    private String slug;
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES)
    @FullTextField(name = "mission_es", analyzer = SearchAnalysis.SPANISH)
    @FullTextField(name = "mission_words", analyzer = SearchAnalysis.NAME)
    private String mission;
    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganizationType type;
    private Integer yearFounded;
    @Enumerated(EnumType.STRING)
    private BudgetBand budget;
    @Enumerated(EnumType.STRING)
    private StaffSizeBand staffSize;
    @FullTextField(analyzer = SearchAnalysis.NAME, projectable = Projectable.YES)
    private String city;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String stateCode;
    private String zip;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;
    private String website;
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    @FullTextField(name = "communitiesServed_es", analyzer = SearchAnalysis.SPANISH)
    @FullTextField(name = "communitiesServed_words", analyzer = SearchAnalysis.NAME)
    private String communitiesServed;
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private boolean grassroots;
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private boolean ledByDirectlyAffected;
    @GenericField
    private boolean listedPublicly;
    @GenericField
    private boolean openToPartners;
    private String logoFile;
    private String logoType;

    @ElementCollection
    @CollectionTable(name = "organization_language", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "language")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_issue_area", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "issue_area_id")
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Long> issueAreas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_right", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "article")
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Integer> rights = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_offer", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "capacity")
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Capacity> offers = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_need", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "capacity")
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Capacity> needs = new TreeSet<>();

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<Person> people = new ArrayList<>();

    protected Organization() {
    }

    /** An organization as it applies: an applicant with its profile and its contact person. */
    Organization(OrganizationProfile profile, String slug, List<PersonDetails> people, String language, String actor,
            Instant at) {
        super(language, actor, at);
        this.slug = slug;
        describe(profile);
        people.forEach(this::addPerson);
        ensurePrimaryContact();
    }

    /** An organization recorded with a known standing (import, or moving an existing network here). */
    Organization(OrganizationProfile profile, String slug, List<PersonDetails> people, Standing standing,
            String language, String actor, Instant at, LocalDate today) {
        super(standing, language, actor, at, today);
        this.slug = slug;
        describe(profile);
        people.forEach(this::addPerson);
        ensurePrimaryContact();
    }

    /** The address-friendly form of a name ("Centro de Derechos" becomes "centro-de-derechos"). */
    static String slugOf(String name) {
        String slug = OrganizationProfile.nameKeyOf(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "organization" : slug;
    }

    /** Replaces the profile; returns the names of the fields that changed. */
    List<String> describe(OrganizationProfile profile) {
        List<String> changed = new ArrayList<>();
        name = Changes.track(changed, "name", name, profile.name().strip());
        nameKey = OrganizationProfile.nameKeyOf(name);
        mission = Changes.track(changed, "mission", mission, profile.mission());
        type = Changes.track(changed, "type", type, profile.type());
        yearFounded = Changes.track(changed, "yearFounded", yearFounded, profile.yearFounded());
        budget = Changes.track(changed, "budget", budget, profile.budget());
        staffSize = Changes.track(changed, "staffSize", staffSize, profile.staffSize());
        city = Changes.track(changed, "city", city, profile.city());
        boolean abroad = profile.international();
        stateCode = Changes.track(changed, "state", stateCode, abroad ? null : profile.state());
        zip = Changes.track(changed, "zip", zip, abroad ? null : profile.zip());
        country = Changes.track(changed, "country", country, abroad ? profile.country() : null);
        website = Changes.track(changed, "website", website, profile.website());
        communitiesServed = Changes.track(changed, "communitiesServed", communitiesServed,
                profile.communitiesServed());
        grassroots = Changes.track(changed, "grassroots", grassroots, profile.grassroots());
        ledByDirectlyAffected = Changes.track(changed, "ledByDirectlyAffected", ledByDirectlyAffected,
                profile.ledByDirectlyAffected());
        listedPublicly = Changes.track(changed, "listedPublicly", listedPublicly, profile.listedPublicly());
        Changes.replace(changed, "languages", languages, profile.languages());
        Changes.replace(changed, "issueAreas", issueAreas, profile.issueAreas());
        Changes.replace(changed, "rights", rights, profile.rights());
        Changes.replace(changed, "offers", offers, profile.offers());
        Changes.replace(changed, "needs", needs, profile.needs());
        openToPartners = Changes.track(changed, "openToPartners", openToPartners, profile.openToPartners());
        return changed;
    }

    Person addPerson(PersonDetails details) {
        Person person = new Person(this, details, people.size());
        people.add(person);
        if (details.primaryContact()) {
            makePrimaryContact(person);
        }
        return person;
    }

    /** Removes a person; the primary contact stays until another person becomes primary. */
    void removePerson(Person person) {
        if (person.primaryContact()) {
            throw new IllegalStateException("The primary contact cannot be removed");
        }
        people.remove(person);
    }

    void makePrimaryContact(Person person) {
        if (!people.contains(person)) {
            throw new IllegalArgumentException("Not a person of this organization");
        }
        people.forEach(each -> each.primary(each == person));
    }

    private void ensurePrimaryContact() {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("An organization needs a contact person");
        }
        if (people.stream().noneMatch(Person::primaryContact)) {
            people.get(0).primary(true);
        }
    }

    /** The person with this id, if they belong to this organization. */
    public Optional<Person> person(Long personId) {
        return people.stream().filter(person -> person.id() != null && person.id().equals(personId)).findFirst();
    }

    /** Whether this account is an authorized representative of this organization. */
    public boolean isRepresentedBy(UUID accountId) {
        return accountId != null && people.stream()
                .anyMatch(person -> person.representative() && accountId.equals(person.accountId()));
    }

    public Person primaryContact() {
        return people.stream().filter(Person::primaryContact).findFirst().orElse(people.get(0));
    }

    void logo(String file, String contentType) {
        this.logoFile = file;
        this.logoType = contentType;
    }

    @Override
    public MemberKind kind() {
        return MemberKind.ORGANIZATION;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String contactEmail() {
        return primaryContact().email();
    }

    @Override
    public String contactName() {
        return primaryContact().name();
    }

    /** The profile as it stands, for editing. */
    public OrganizationProfile profile() {
        return new OrganizationProfile(name, mission, type, yearFounded, budget, staffSize, city, stateCode, zip,
                country, website, new LinkedHashSet<>(languages), issueAreas, rights, communitiesServed, grassroots,
                ledByDirectlyAffected, listedPublicly, offers, needs, openToPartners);
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String mission() {
        return mission;
    }

    public OrganizationType type() {
        return type;
    }

    public Integer yearFounded() {
        return yearFounded;
    }

    public BudgetBand budget() {
        return budget;
    }

    public StaffSizeBand staffSize() {
        return staffSize;
    }

    public String city() {
        return city;
    }

    public String stateCode() {
        return stateCode;
    }

    public String zip() {
        return zip;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }

    public String communitiesServed() {
        return communitiesServed;
    }

    public boolean grassroots() {
        return grassroots;
    }

    public boolean ledByDirectlyAffected() {
        return ledByDirectlyAffected;
    }

    public boolean listedPublicly() {
        return listedPublicly;
    }

    /** Whether anyone, signed in or not, may see the organization: it is active and chose to be listed publicly. */
    public boolean publiclyVisible() {
        return status() == MembershipStatus.ACTIVE && listedPublicly;
    }

    public String logoFile() {
        return logoFile;
    }

    public String logoType() {
        return logoType;
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }

    public Set<Integer> rights() {
        return Set.copyOf(rights);
    }

    public Set<Capacity> offers() {
        return Set.copyOf(offers);
    }

    public Set<Capacity> needs() {
        return Set.copyOf(needs);
    }

    /** Whether the organization wants to be suggested to other members as a partner. */
    public boolean openToPartners() {
        return openToPartners;
    }

    public List<Person> people() {
        return List.copyOf(people);
    }
}
