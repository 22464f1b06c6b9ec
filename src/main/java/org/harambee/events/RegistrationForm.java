package org.harambee.events;

import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** What a member gives when registering: the ticket type (when the event has some), access and language needs. */
@NamedInterface(name = "seeding", propagate = false)
public class RegistrationForm {

    private Long ticketType;
    @Size(max = 100)
    private String interpretation;
    private boolean captioning;
    private boolean wheelchair;
    @Size(max = 300)
    private String dietary;
    private boolean childcare;
    @Size(max = 1000)
    private String other;

    public Long getTicketType() {
        return ticketType;
    }

    public void setTicketType(Long ticketType) {
        this.ticketType = ticketType;
    }

    public String getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(String interpretation) {
        this.interpretation = interpretation;
    }

    public boolean isCaptioning() {
        return captioning;
    }

    public void setCaptioning(boolean captioning) {
        this.captioning = captioning;
    }

    public boolean isWheelchair() {
        return wheelchair;
    }

    public void setWheelchair(boolean wheelchair) {
        this.wheelchair = wheelchair;
    }

    public String getDietary() {
        return dietary;
    }

    public void setDietary(String dietary) {
        this.dietary = dietary;
    }

    public boolean isChildcare() {
        return childcare;
    }

    public void setChildcare(boolean childcare) {
        this.childcare = childcare;
    }

    public String getOther() {
        return other;
    }

    public void setOther(String other) {
        this.other = other;
    }
}
