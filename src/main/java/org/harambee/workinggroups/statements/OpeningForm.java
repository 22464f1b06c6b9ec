package org.harambee.workinggroups.statements;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form owners open a draft for signatures with: the last day signatures are accepted. */
public class OpeningForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    /** Days a statement usually stays open for signatures; the form suggests a deadline this far ahead. */
    static final int USUAL_DAYS_OPEN = 14;

    /** The form as an owner first sees it: the deadline suggested two weeks from today. */
    static OpeningForm suggested(LocalDate today) {
        OpeningForm form = new OpeningForm();
        form.deadline = today.plusDays(USUAL_DAYS_OPEN);
        return form;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
