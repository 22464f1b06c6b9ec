package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.harambee.site.Refusal;

/**
 * Someone sitting in a seat of a body for a member, from one day until another (the day it ends is the first day
 * they no longer sit), in an office or none; elected by an election, or recorded by an election officer (the
 * founding holders, an appointment). A term ended early keeps its history: its end moves to that day.
 */
@Entity
@Table(name = "seat_term")
public class SeatTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_term_seq")
    @SequenceGenerator(name = "seat_term_seq", sequenceName = "seat_term_seq", allocationSize = 50)
    private Long id;
    private Long bodyId;
    private Long seatClassId;
    private Long memberId;
    private String holder;
    @Enumerated(EnumType.STRING)
    private Office office;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long electionId;

    protected SeatTerm() {
    }

    SeatTerm(SeatClass seatClass, Long memberId, String holder, Office office, LocalDate startsOn, LocalDate endsOn,
            Long electionId) {
        if (!endsOn.isAfter(startsOn)) {
            throw new Refusal("endsOn", "governance.term.endsBeforeStart");
        }
        this.bodyId = seatClass.bodyId();
        this.seatClassId = seatClass.id();
        this.memberId = memberId;
        this.holder = holder.strip();
        this.office = office;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.electionId = electionId;
    }

    /** Ends the term on {@code day} (it no longer sits from that day), no later than it was to end. */
    void endOn(LocalDate day) {
        if (!day.isBefore(endsOn) || !day.isAfter(startsOn)) {
            throw new Refusal("governance.term.cannotEnd");
        }
        endsOn = day;
    }

    /** Whether it is being served on {@code day}. */
    public boolean servedOn(LocalDate day) {
        return !day.isBefore(startsOn) && day.isBefore(endsOn);
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long seatClassId() {
        return seatClassId;
    }

    public Long memberId() {
        return memberId;
    }

    public String holder() {
        return holder;
    }

    public Office office() {
        return office;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Long electionId() {
        return electionId;
    }
}
