package org.harambee.workinggroups.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form owners write a draft with; {@code owner} (only when drafting a new one) is {@value #STAFF} or the id of
 * a working group they convene.
 */
public class DraftForm {

    static final String STAFF = "staff";

    private String owner;
    @NotBlank
    @Size(max = StatementText.MAX_TITLE)
    private String title;
    @NotBlank
    @Size(max = StatementText.MAX_TARGET)
    private String target;
    @NotBlank
    @Size(max = StatementText.MAX_BODY)
    private String body;
    @NotNull
    private StatementVisibility visibility = StatementVisibility.PUBLIC;
    private boolean individualsMaySign;

    static DraftForm of(StatementText statement) {
        DraftForm form = new DraftForm();
        form.title = statement.title();
        form.target = statement.target();
        form.body = statement.body();
        form.visibility = statement.visibility();
        form.individualsMaySign = statement.individualsMaySign();
        return form;
    }

    StatementDraft draft() {
        return new StatementDraft(title, target, body, visibility, individualsMaySign);
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public StatementVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(StatementVisibility visibility) {
        this.visibility = visibility;
    }

    public boolean isIndividualsMaySign() {
        return individualsMaySign;
    }

    public void setIndividualsMaySign(boolean individualsMaySign) {
        this.individualsMaySign = individualsMaySign;
    }
}
