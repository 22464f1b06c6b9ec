package org.harambee.membership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A person who is a member of the network in their own right, with their privacy choices. */
@Entity
@Table(name = "individual_member")
@DiscriminatorValue("INDIVIDUAL")
class IndividualMember extends Member {

    private String name;
    private String email;
    private String city;
    private String stateCode;
    private String affiliation;
    private boolean listedForMembers;
    @Enumerated(EnumType.STRING)
    private Visibility emailVisibility;
    @Enumerated(EnumType.STRING)
    private Visibility locationVisibility;
    @Enumerated(EnumType.STRING)
    private Visibility affiliationVisibility;
    private UUID accountId;
    private boolean directlyAffected;

    @ElementCollection
    @CollectionTable(name = "individual_member_issue_area", joinColumns = @JoinColumn(name = "individual_member_id"))
    @Column(name = "issue_area_id")
    private Set<Long> issueAreas = new TreeSet<>();

    protected IndividualMember() {
    }

    IndividualMember(IndividualProfile profile, String language, String actor, Instant at) {
        super(language, actor, at);
        describe(profile);
    }

    IndividualMember(IndividualProfile profile, Standing standing, String language, String actor, Instant at,
            LocalDate today) {
        super(standing, language, actor, at, today);
        describe(profile);
    }

    /** Replaces the profile and privacy choices; returns the names of the fields that changed. */
    List<String> describe(IndividualProfile profile) {
        List<String> changed = new ArrayList<>();
        name = Changes.track(changed, "name", name, profile.name().strip());
        email = Changes.track(changed, "email", email, Person.normalizeEmail(profile.email()));
        city = Changes.track(changed, "city", city, profile.city());
        stateCode = Changes.track(changed, "state", stateCode, profile.state());
        affiliation = Changes.track(changed, "affiliation", affiliation, profile.affiliation());
        listedForMembers = Changes.track(changed, "listedForMembers", listedForMembers,
                profile.listedForMembers());
        emailVisibility = Changes.track(changed, "emailVisibility", emailVisibility, profile.emailVisibility());
        locationVisibility = Changes.track(changed, "locationVisibility", locationVisibility,
                profile.locationVisibility());
        affiliationVisibility = Changes.track(changed, "affiliationVisibility", affiliationVisibility,
                profile.affiliationVisibility());
        Changes.replace(changed, "issueAreas", issueAreas, profile.issueAreas());
        directlyAffected = Changes.track(changed, "directlyAffected", directlyAffected, profile.directlyAffected());
        return changed;
    }

    /** Links the member to the account they sign in with. */
    void link(UUID accountId) {
        this.accountId = accountId;
    }

    public IndividualProfile profile() {
        return new IndividualProfile(name, email, city, stateCode, issueAreas, affiliation, listedForMembers,
                emailVisibility, locationVisibility, affiliationVisibility, directlyAffected);
    }

    @Override
    public MemberKind kind() {
        return MemberKind.INDIVIDUAL;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String contactEmail() {
        return email;
    }

    @Override
    public String contactName() {
        return name;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String city() {
        return city;
    }

    public String stateCode() {
        return stateCode;
    }

    public String affiliation() {
        return affiliation;
    }

    public boolean listedForMembers() {
        return listedForMembers;
    }

    public Visibility emailVisibility() {
        return emailVisibility;
    }

    public Visibility locationVisibility() {
        return locationVisibility;
    }

    public Visibility affiliationVisibility() {
        return affiliationVisibility;
    }

    public UUID accountId() {
        return accountId;
    }

    /** Whether they count themselves directly affected; staff and election officers only, never other members. */
    public boolean directlyAffected() {
        return directlyAffected;
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }
}
