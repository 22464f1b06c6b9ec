package org.harambee.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person of a member organization. Each contact detail has its own visibility. An authorized
 * representative is linked to the account they sign in with once invited.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    private int sortOrder;
    private String name;
    @Enumerated(EnumType.STRING)
    private Visibility nameVisibility;
    private String title;
    @Enumerated(EnumType.STRING)
    private Visibility titleVisibility;
    private String email;
    @Enumerated(EnumType.STRING)
    private Visibility emailVisibility;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Visibility phoneVisibility;
    private String pronouns;
    @Enumerated(EnumType.STRING)
    private Visibility pronounsVisibility;
    private boolean primaryContact;
    private boolean representative;
    private UUID accountId;

    protected Person() {
    }

    Person(Organization organization, PersonDetails details, int position) {
        this.organization = organization;
        this.sortOrder = position;
        update(details);
    }

    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Replaces the contact details and their visibility; returns the names of the fields that changed. */
    List<String> update(PersonDetails details) {
        List<String> changed = new ArrayList<>();
        name = Changes.track(changed, "name", name, details.name());
        nameVisibility = Changes.track(changed, "nameVisibility", nameVisibility, details.nameVisibility());
        title = Changes.track(changed, "title", title, details.title());
        titleVisibility = Changes.track(changed, "titleVisibility", titleVisibility, details.titleVisibility());
        email = Changes.track(changed, "email", email, normalizeEmail(details.email()));
        emailVisibility = Changes.track(changed, "emailVisibility", emailVisibility, details.emailVisibility());
        phone = Changes.track(changed, "phone", phone, details.phone());
        phoneVisibility = Changes.track(changed, "phoneVisibility", phoneVisibility, details.phoneVisibility());
        pronouns = Changes.track(changed, "pronouns", pronouns, details.pronouns());
        pronounsVisibility = Changes.track(changed, "pronounsVisibility", pronounsVisibility,
                details.pronounsVisibility());
        return changed;
    }

    void primary(boolean primary) {
        this.primaryContact = primary;
    }

    /** Makes this person an authorized representative who signs in with this account. */
    void authorize(UUID accountId) {
        this.representative = true;
        this.accountId = accountId;
    }

    /** Takes the representative's authority away (the account itself stays). */
    void deauthorize() {
        this.representative = false;
    }

    public PersonDetails details() {
        return new PersonDetails(name, nameVisibility, title, titleVisibility, email, emailVisibility, phone,
                phoneVisibility, pronouns, pronounsVisibility, primaryContact);
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public String name() {
        return name;
    }

    public Visibility nameVisibility() {
        return nameVisibility;
    }

    public String title() {
        return title;
    }

    public Visibility titleVisibility() {
        return titleVisibility;
    }

    public String email() {
        return email;
    }

    public Visibility emailVisibility() {
        return emailVisibility;
    }

    public String phone() {
        return phone;
    }

    public Visibility phoneVisibility() {
        return phoneVisibility;
    }

    public String pronouns() {
        return pronouns;
    }

    public Visibility pronounsVisibility() {
        return pronounsVisibility;
    }

    public boolean primaryContact() {
        return primaryContact;
    }

    public boolean representative() {
        return representative;
    }

    public UUID accountId() {
        return accountId;
    }
}
