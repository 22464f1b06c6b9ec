package org.harambee.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a registered person needs to take part: interpretation into a language (a sign language is a language),
 * captioning, wheelchair access, a diet, childcare, anything else. Kept apart from the registration, read by the
 * event's organizers alone, deleted a set number of days after the event.
 */
@Entity
@Table(name = "event_access_needs")
public class AccessNeeds {

    @Id
    private Long registrationId;
    private String interpretation;
    private boolean captioning;
    private boolean wheelchair;
    private String dietary;
    private boolean childcare;
    private String other;

    protected AccessNeeds() {
    }

    AccessNeeds(Long registrationId, RegistrationForm form) {
        this.registrationId = registrationId;
        this.interpretation = orNull(form.getInterpretation());
        this.captioning = form.isCaptioning();
        this.wheelchair = form.isWheelchair();
        this.dietary = orNull(form.getDietary());
        this.childcare = form.isChildcare();
        this.other = orNull(form.getOther());
    }

    /** Whether the form asked for anything at all (nothing is kept otherwise). */
    static boolean any(RegistrationForm form) {
        return orNull(form.getInterpretation()) != null || form.isCaptioning() || form.isWheelchair()
                || orNull(form.getDietary()) != null || form.isChildcare() || orNull(form.getOther()) != null;
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long registrationId() {
        return registrationId;
    }

    public String interpretation() {
        return interpretation;
    }

    public boolean captioning() {
        return captioning;
    }

    public boolean wheelchair() {
        return wheelchair;
    }

    public String dietary() {
        return dietary;
    }

    public boolean childcare() {
        return childcare;
    }

    public String other() {
        return other;
    }
}
