package org.harambee.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * The form an election officer records who sits in a seat with (a founding or appointed holder; elected ones are seated
 * by the count).
 */
@NamedInterface(name = "seeding", propagate = false)
public class TermForm {

    @NotNull
    private Long seatClass;
    @NotNull
    private Long member;
    @NotBlank
    @Size(max = 200)
    private String holder;
    private Office office;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    public Long getSeatClass() {
        return seatClass;
    }

    public void setSeatClass(Long seatClass) {
        this.seatClass = seatClass;
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
