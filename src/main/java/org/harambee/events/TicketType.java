package org.harambee.events;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** A kind of ticket of an event (member delegate, guest, press…): its name, its own seats, members only or not. */
@Entity
@Table(name = "event_ticket_type")
public class TicketType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_ticket_type_seq")
    @SequenceGenerator(name = "event_ticket_type_seq", sequenceName = "event_ticket_type_seq", allocationSize = 50)
    private Long id;
    private int position;
    private String nameEn;
    private String nameEs;
    private Integer capacity;
    private boolean membersOnly;

    protected TicketType() {
    }

    TicketType(TicketTypeForm form, int position) {
        apply(form, position);
    }

    void apply(TicketTypeForm form, int position) {
        this.position = position;
        this.nameEn = Event.orNull(form.getNameEn());
        this.nameEs = Event.orNull(form.getNameEs());
        this.capacity = form.getCapacity();
        this.membersOnly = form.isMembersOnly();
    }

    TicketTypeForm asForm() {
        TicketTypeForm form = new TicketTypeForm();
        form.setId(id);
        form.setNameEn(nameEn);
        form.setNameEs(nameEs);
        form.setCapacity(capacity);
        form.setMembersOnly(membersOnly);
        return form;
    }

    /** Whether a seat of this type is free when {@code held} of it are confirmed or offered. */
    boolean seatFree(long held) {
        return capacity == null || held < capacity;
    }

    int position() {
        return position;
    }

    public Long id() {
        return id;
    }

    public String name(Locale locale) {
        return Event.in(locale, nameEn, nameEs);
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean membersOnly() {
        return membersOnly;
    }
}
