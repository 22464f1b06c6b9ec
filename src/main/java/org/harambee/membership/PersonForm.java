package org.harambee.membership;

/** One person's row in the application and edit forms. */
public class PersonForm {

    private Long id;
    private String name;
    private Visibility nameVisibility = Visibility.MEMBERS;
    private String title;
    private Visibility titleVisibility = Visibility.MEMBERS;
    private String email;
    private Visibility emailVisibility = Visibility.MEMBERS;
    private String phone;
    private Visibility phoneVisibility = Visibility.STAFF;
    private String pronouns;
    private Visibility pronounsVisibility = Visibility.MEMBERS;
    private boolean remove;
    private boolean representative;

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.id = person.id();
        form.name = person.name();
        form.nameVisibility = person.nameVisibility();
        form.title = person.title();
        form.titleVisibility = person.titleVisibility();
        form.email = person.email();
        form.emailVisibility = person.emailVisibility();
        form.phone = person.phone();
        form.phoneVisibility = person.phoneVisibility();
        form.pronouns = person.pronouns();
        form.pronounsVisibility = person.pronounsVisibility();
        form.representative = person.representative();
        return form;
    }

    /** Whether nothing was filled in (a new row left empty). */
    boolean blank() {
        return id == null && name == null && title == null && email == null && phone == null && pronouns == null;
    }

    PersonDetails toDetails(boolean primaryContact) {
        return new PersonDetails(name, nameVisibility, title, titleVisibility, email, emailVisibility, phone,
                phoneVisibility, pronouns, pronounsVisibility, primaryContact);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Visibility getNameVisibility() {
        return nameVisibility;
    }

    public void setNameVisibility(Visibility nameVisibility) {
        this.nameVisibility = nameVisibility;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Visibility getTitleVisibility() {
        return titleVisibility;
    }

    public void setTitleVisibility(Visibility titleVisibility) {
        this.titleVisibility = titleVisibility;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Visibility getEmailVisibility() {
        return emailVisibility;
    }

    public void setEmailVisibility(Visibility emailVisibility) {
        this.emailVisibility = emailVisibility;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Visibility getPhoneVisibility() {
        return phoneVisibility;
    }

    public void setPhoneVisibility(Visibility phoneVisibility) {
        this.phoneVisibility = phoneVisibility;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public Visibility getPronounsVisibility() {
        return pronounsVisibility;
    }

    public void setPronounsVisibility(Visibility pronounsVisibility) {
        this.pronounsVisibility = pronounsVisibility;
    }

    public boolean isRemove() {
        return remove;
    }

    public void setRemove(boolean remove) {
        this.remove = remove;
    }

    /** Shown, never bound: only staff authorize representatives, on the member's staff page. */
    public boolean isRepresentative() {
        return representative;
    }
}
