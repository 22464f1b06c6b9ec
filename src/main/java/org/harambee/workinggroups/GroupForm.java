package org.harambee.workinggroups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/** The form a convener describes a group with. */
public class GroupForm {

    static final int MAX_NAME = 160;
    static final int MAX_PURPOSE = 4000;

    @NotBlank
    @Size(max = MAX_NAME)
    private String name;
    @NotBlank
    @Size(max = MAX_PURPOSE)
    private String purpose;
    @NotNull
    private GroupKind kind = GroupKind.CAUCUS;
    @NotNull
    private GroupVisibility visibility = GroupVisibility.MEMBERS;
    @NotNull
    private JoiningRule joining = JoiningRule.OPEN;
    private Set<Long> issueAreas = new LinkedHashSet<>();
    private Set<Integer> rights = new LinkedHashSet<>();

    static GroupForm of(GroupView group) {
        GroupForm form = new GroupForm();
        form.name = group.name();
        form.purpose = group.purpose();
        form.kind = group.kind();
        form.visibility = group.visibility();
        form.joining = group.joining();
        form.issueAreas = new LinkedHashSet<>(group.issueAreas());
        form.rights = new LinkedHashSet<>(group.rights());
        return form;
    }

    /** The group as described, keeping only issue areas in use and rights of the 30 articles. */
    GroupDraft draft(LongPredicate knownIssueArea) {
        return new GroupDraft(name, purpose, kind, visibility, joining,
                issueAreas.stream().filter(id -> id != null && knownIssueArea.test(id)).collect(Collectors.toSet()),
                rights.stream().filter(article -> article != null && article >= 1 && article <= 30)
                        .collect(Collectors.toSet()));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public GroupVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(GroupVisibility visibility) {
        this.visibility = visibility;
    }

    public JoiningRule getJoining() {
        return joining;
    }

    public void setJoining(JoiningRule joining) {
        this.joining = joining;
    }

    public Set<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(Set<Long> issueAreas) {
        this.issueAreas = issueAreas == null ? new LinkedHashSet<>() : issueAreas;
    }

    public Set<Integer> getRights() {
        return rights;
    }

    public void setRights(Set<Integer> rights) {
        this.rights = rights == null ? new LinkedHashSet<>() : rights;
    }
}
