package org.harambee.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A message the organizers send to the people registered: to the confirmed alone, or to everyone still registered. */
public class EventMessage {

    /** Who receives it. */
    public enum Audience {
        CONFIRMED, EVERYONE;

        boolean includes(RegistrationStatus status) {
            return this == EVERYONE ? status.active() : status == RegistrationStatus.CONFIRMED;
        }
    }

    @NotNull
    private Audience audience = Audience.CONFIRMED;
    @NotBlank
    @Size(max = 200)
    private String subject;
    @NotBlank
    @Size(max = 5000)
    private String body;

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
