package org.harambee.membership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The organization form, for applying and for editing: the profile, the people (one of them chosen as the
 * primary contact by its row number) and, when applying, a statement for the staff.
 */
public class OrganizationForm {

    private String name;
    private String mission;
    private OrganizationType type;
    private Integer yearFounded;
    private BudgetBand budget;
    private StaffSizeBand staffSize;
    private String city;
    private String state;
    private String zip;
    private String country = "US";
    private String website;
    private List<String> languages = new ArrayList<>();
    private List<Long> issueAreas = new ArrayList<>();
    private List<Integer> rights = new ArrayList<>();
    private String communitiesServed;
    private boolean grassroots;
    private boolean ledByDirectlyAffected;
    private boolean listedPublicly;
    private List<Capacity> offers = new ArrayList<>();
    private List<Capacity> needs = new ArrayList<>();
    private boolean openToPartners;
    private String statement;
    private List<PersonForm> people = new ArrayList<>(List.of(new PersonForm()));
    private int primary;
    private Long version;

    static OrganizationForm of(Organization organization) {
        OrganizationForm form = new OrganizationForm();
        OrganizationProfile profile = organization.profile();
        form.name = profile.name();
        form.mission = profile.mission();
        form.type = profile.type();
        form.yearFounded = profile.yearFounded();
        form.budget = profile.budget();
        form.staffSize = profile.staffSize();
        form.city = profile.city();
        form.state = profile.state();
        form.zip = profile.zip();
        form.country = profile.country() == null ? "US" : profile.country();
        form.website = profile.website();
        form.languages = new ArrayList<>(profile.languages());
        form.issueAreas = new ArrayList<>(profile.issueAreas());
        form.rights = new ArrayList<>(profile.rights());
        form.communitiesServed = profile.communitiesServed();
        form.grassroots = profile.grassroots();
        form.ledByDirectlyAffected = profile.ledByDirectlyAffected();
        form.listedPublicly = profile.listedPublicly();
        form.offers = new ArrayList<>(profile.offers());
        form.needs = new ArrayList<>(profile.needs());
        form.openToPartners = profile.openToPartners();
        form.people = new ArrayList<>(organization.people().stream().map(PersonForm::of).toList());
        form.primary = organization.people().indexOf(organization.primaryContact());
        form.version = organization.version();
        return form;
    }

    /**
     * Takes the answers of one step of the application from the form that step's page sent; the others stay. A
     * checkbox left unticked on that page is an answer too (no, or none).
     */
    void take(ApplicationStep step, OrganizationForm sent) {
        switch (step) {
            case ABOUT -> {
                name = sent.name;
                mission = sent.mission;
                type = sent.type;
                yearFounded = sent.yearFounded;
                budget = sent.budget;
                staffSize = sent.staffSize;
                website = sent.website;
            }
            case WHERE -> {
                city = sent.city;
                state = sent.state;
                zip = sent.zip;
                country = sent.country;
            }
            case WORK -> {
                issueAreas = sent.issueAreas;
                rights = sent.rights;
                languages = sent.languages;
                communitiesServed = sent.communitiesServed;
                grassroots = sent.grassroots;
                ledByDirectlyAffected = sent.ledByDirectlyAffected;
            }
            case EXCHANGE -> {
                offers = sent.offers;
                needs = sent.needs;
                openToPartners = sent.openToPartners;
                listedPublicly = sent.listedPublicly;
            }
            case CONTACT -> {
                people = new ArrayList<>(List.of(sent.people.isEmpty() ? new PersonForm() : sent.people.get(0)));
                statement = sent.statement;
            }
        }
    }

    /** Adds an empty row for a new person (edit form). */
    OrganizationForm withNewPersonRow() {
        people.add(new PersonForm());
        return this;
    }

    OrganizationProfile toProfile() {
        return new OrganizationProfile(name, mission, type, yearFounded, budget, staffSize, city,
                state == null ? null : state.toUpperCase(Locale.ROOT), zip,
                country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT), normalizedWebsite(),
                new LinkedHashSet<>(languages), new LinkedHashSet<>(issueAreas), new LinkedHashSet<>(rights),
                communitiesServed, grassroots, ledByDirectlyAffected, listedPublicly, new LinkedHashSet<>(offers),
                new LinkedHashSet<>(needs), openToPartners);
    }

    /** "example.org" means "https://example.org". */
    private String normalizedWebsite() {
        if (website == null || website.isBlank() || website.contains("://")) {
            return website;
        }
        return "https://" + website;
    }

    /** The first person, as the applicant's contact. */
    PersonDetails contact() {
        return people.get(0).toDetails(true);
    }

    /** The people rows as edits; an empty new row is left out (null details). */
    List<OrganizationPages.PersonEdit> toEdits() {
        List<OrganizationPages.PersonEdit> edits = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonForm row = people.get(i);
            edits.add(new OrganizationPages.PersonEdit(row.getId(), row.blank() ? null : row.toDetails(i == primary),
                    row.isRemove()));
        }
        return edits;
    }

    /** The chosen issue areas as form values. */
    public List<String> issueAreaValues() {
        return issueAreas.stream().map(String::valueOf).toList();
    }

    /** The chosen rights as form values. */
    public List<String> rightValues() {
        return rights.stream().map(String::valueOf).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public void setYearFounded(Integer yearFounded) {
        this.yearFounded = yearFounded;
    }

    public BudgetBand getBudget() {
        return budget;
    }

    public void setBudget(BudgetBand budget) {
        this.budget = budget;
    }

    public StaffSizeBand getStaffSize() {
        return staffSize;
    }

    public void setStaffSize(StaffSizeBand staffSize) {
        this.staffSize = staffSize;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = MembershipForms.chosen(languages);
    }

    public List<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(List<Long> issueAreas) {
        this.issueAreas = MembershipForms.chosen(issueAreas);
    }

    public List<Integer> getRights() {
        return rights;
    }

    public void setRights(List<Integer> rights) {
        this.rights = MembershipForms.chosen(rights);
    }

    public String getCommunitiesServed() {
        return communitiesServed;
    }

    public void setCommunitiesServed(String communitiesServed) {
        this.communitiesServed = communitiesServed;
    }

    public boolean isGrassroots() {
        return grassroots;
    }

    public void setGrassroots(boolean grassroots) {
        this.grassroots = grassroots;
    }

    public boolean isLedByDirectlyAffected() {
        return ledByDirectlyAffected;
    }

    public void setLedByDirectlyAffected(boolean ledByDirectlyAffected) {
        this.ledByDirectlyAffected = ledByDirectlyAffected;
    }

    public boolean isListedPublicly() {
        return listedPublicly;
    }

    public void setListedPublicly(boolean listedPublicly) {
        this.listedPublicly = listedPublicly;
    }

    public List<Capacity> getOffers() {
        return offers;
    }

    public void setOffers(List<Capacity> offers) {
        this.offers = MembershipForms.chosen(offers);
    }

    public List<Capacity> getNeeds() {
        return needs;
    }

    public void setNeeds(List<Capacity> needs) {
        this.needs = MembershipForms.chosen(needs);
    }

    /** The chosen offers as form values. */
    public List<String> offerValues() {
        return offers.stream().map(Capacity::name).toList();
    }

    /** The chosen needs as form values. */
    public List<String> needValues() {
        return needs.stream().map(Capacity::name).toList();
    }

    public boolean isOpenToPartners() {
        return openToPartners;
    }

    public void setOpenToPartners(boolean openToPartners) {
        this.openToPartners = openToPartners;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<PersonForm> getPeople() {
        return people;
    }

    public void setPeople(List<PersonForm> people) {
        this.people = people == null || people.isEmpty() ? new ArrayList<>(List.of(new PersonForm())) : people;
    }

    public int getPrimary() {
        return primary;
    }

    public void setPrimary(int primary) {
        this.primary = primary;
    }

    /** The version of the organization the form showed. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
