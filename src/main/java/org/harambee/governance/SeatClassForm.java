package org.harambee.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The form an election officer adds a class of seats with: open when no criterion is chosen, reserved otherwise. */
@NamedInterface(name = "seeding", propagate = false)
public class SeatClassForm {

    @NotBlank
    @Size(max = 200)
    private String nameEn;
    @Size(max = 200)
    private String nameEs;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer seats;
    private boolean grassroots;
    private boolean affectedLed;
    private boolean affectedIndividual;
    private boolean matchAll;
    @Size(max = 60)
    private List<String> states = new ArrayList<>();

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

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public boolean isGrassroots() {
        return grassroots;
    }

    public void setGrassroots(boolean grassroots) {
        this.grassroots = grassroots;
    }

    public boolean isAffectedLed() {
        return affectedLed;
    }

    public void setAffectedLed(boolean affectedLed) {
        this.affectedLed = affectedLed;
    }

    public boolean isAffectedIndividual() {
        return affectedIndividual;
    }

    public void setAffectedIndividual(boolean affectedIndividual) {
        this.affectedIndividual = affectedIndividual;
    }

    public boolean isMatchAll() {
        return matchAll;
    }

    public void setMatchAll(boolean matchAll) {
        this.matchAll = matchAll;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states;
    }
}
