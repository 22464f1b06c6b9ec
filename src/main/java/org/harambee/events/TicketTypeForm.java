package org.harambee.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** One row of the ticket types of the event form: left blank, it is no ticket type (or removes the one it was). */
@NamedInterface(name = "seeding", propagate = false)
public class TicketTypeForm {

    private Long id;
    @Size(max = 100)
    private String nameEn;
    @Size(max = 100)
    private String nameEs;
    @Min(1)
    @Max(100000)
    private Integer capacity;
    private boolean membersOnly;

    /** Whether the row names no ticket type. */
    boolean blank() {
        return (nameEn == null || nameEn.isBlank()) && (nameEs == null || nameEs.isBlank());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }
}
