package org.harambee.following;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.harambee.related.ItemKind;
import org.harambee.site.FormFields;

/** What a person chooses to follow and how often to hear of it. */
public class FollowingForm {

    /** The most organizations' addresses one form adds. */
    static final int MAX_ADDRESSES = 50;

    @NotNull
    private Cadence cadence = Cadence.WEEKLY;
    @Size(max = 10)
    private List<ItemKind> kinds = new ArrayList<>(EnumSet.allOf(ItemKind.class));
    @Size(max = 40)
    private List<Long> issueAreas = new ArrayList<>();
    @Size(max = 30)
    private List<Integer> rights = new ArrayList<>();
    @Size(max = 200)
    private List<Long> groups = new ArrayList<>();
    @Size(max = 500)
    private List<Long> organizations = new ArrayList<>();
    @Size(max = 12000)
    private String organizationAddresses;

    static FollowingForm of(Follower follower) {
        FollowingForm form = new FollowingForm();
        Interests interests = follower.interests();
        form.cadence = follower.cadence();
        form.kinds = new ArrayList<>(interests.kinds());
        form.issueAreas = new ArrayList<>(interests.issueAreas());
        form.rights = new ArrayList<>(interests.rights());
        form.groups = new ArrayList<>(interests.groups());
        form.organizations = new ArrayList<>(interests.organizations());
        return form;
    }

    Interests interests() {
        return new Interests(Set.copyOf(kinds.stream().filter(Objects::nonNull).toList()),
                Set.copyOf(issueAreas.stream().filter(Objects::nonNull).toList()),
                Set.copyOf(rights.stream().filter(Objects::nonNull).toList()),
                Set.copyOf(groups.stream().filter(Objects::nonNull).toList()),
                Set.copyOf(organizations.stream().filter(Objects::nonNull).toList()));
    }

    public String getOrganizationAddresses() {
        return organizationAddresses;
    }

    public void setOrganizationAddresses(String organizationAddresses) {
        this.organizationAddresses = organizationAddresses;
    }

    /** The addresses of organizations' pages to follow too, one per line, blank lines left out. */
    List<String> organizationLines() {
        return FormFields.lines(organizationAddresses);
    }

    /** The names of the kinds chosen, for the form's boxes (values that named no kind left out). */
    public List<String> kindNames() {
        return kinds.stream().filter(Objects::nonNull).map(Enum::name).toList();
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public List<ItemKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<ItemKind> kinds) {
        this.kinds = FormFields.orEmpty(kinds);
    }

    public List<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(List<Long> issueAreas) {
        this.issueAreas = FormFields.orEmpty(issueAreas);
    }

    public List<Integer> getRights() {
        return rights;
    }

    public void setRights(List<Integer> rights) {
        this.rights = FormFields.orEmpty(rights);
    }

    public List<Long> getGroups() {
        return groups;
    }

    public void setGroups(List<Long> groups) {
        this.groups = FormFields.orEmpty(groups);
    }

    public List<Long> getOrganizations() {
        return organizations;
    }

    public void setOrganizations(List<Long> organizations) {
        this.organizations = FormFields.orEmpty(organizations);
    }
}
