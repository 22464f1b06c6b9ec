package org.harambee.membership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The individual's form: applying, and later editing their own membership. */
public class IndividualForm {

    private String name;
    private String email;
    private String city;
    private String state;
    private List<Long> issueAreas = new ArrayList<>();
    private String affiliation;
    private boolean listedForMembers;
    private Visibility emailVisibility = Visibility.STAFF;
    private Visibility locationVisibility = Visibility.MEMBERS;
    private Visibility affiliationVisibility = Visibility.MEMBERS;
    private boolean directlyAffected;
    private String statement;

    static IndividualForm of(IndividualMember member) {
        IndividualForm form = new IndividualForm();
        IndividualProfile profile = member.profile();
        form.name = profile.name();
        form.email = profile.email();
        form.city = profile.city();
        form.state = profile.state();
        form.issueAreas = new ArrayList<>(profile.issueAreas());
        form.affiliation = profile.affiliation();
        form.listedForMembers = profile.listedForMembers();
        form.emailVisibility = profile.emailVisibility();
        form.locationVisibility = profile.locationVisibility();
        form.affiliationVisibility = profile.affiliationVisibility();
        form.directlyAffected = profile.directlyAffected();
        return form;
    }

    IndividualProfile toProfile() {
        return new IndividualProfile(name, email, city, state == null ? null : state.toUpperCase(Locale.ROOT),
                new LinkedHashSet<>(issueAreas), affiliation, listedForMembers, emailVisibility, locationVisibility,
                affiliationVisibility, directlyAffected);
    }

    /** The chosen issue areas as form values. */
    public List<String> issueAreaValues() {
        return issueAreas.stream().map(String::valueOf).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public List<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(List<Long> issueAreas) {
        this.issueAreas = MembershipForms.chosen(issueAreas);
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public boolean isListedForMembers() {
        return listedForMembers;
    }

    public void setListedForMembers(boolean listedForMembers) {
        this.listedForMembers = listedForMembers;
    }

    public Visibility getEmailVisibility() {
        return emailVisibility;
    }

    public void setEmailVisibility(Visibility emailVisibility) {
        this.emailVisibility = emailVisibility;
    }

    public Visibility getLocationVisibility() {
        return locationVisibility;
    }

    public void setLocationVisibility(Visibility locationVisibility) {
        this.locationVisibility = locationVisibility;
    }

    public Visibility getAffiliationVisibility() {
        return affiliationVisibility;
    }

    public void setAffiliationVisibility(Visibility affiliationVisibility) {
        this.affiliationVisibility = affiliationVisibility;
    }

    public boolean isDirectlyAffected() {
        return directlyAffected;
    }

    public void setDirectlyAffected(boolean directlyAffected) {
        this.directlyAffected = directlyAffected;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
