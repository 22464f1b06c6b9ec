package org.harambee.workinggroups;

import org.harambee.site.RichText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A meeting of a group: when (in the time zone it is held in), where or by which call, the agenda, notes afterwards. */
@Entity
@Table(name = "group_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long groupId;
    private String title;
    private Instant startsAt;
    private int minutes;
    private String timeZone;
    private String place;
    private String callLink;
    private String agenda;
    private String notes;
    private Instant createdAt;
    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Long groupId, MeetingPlan plan, Instant now) {
        this.groupId = groupId;
        this.title = plan.title().strip();
        this.startsAt = plan.start().toInstant();
        this.timeZone = plan.start().getZone().getId();
        this.minutes = plan.minutes();
        this.place = blankToNull(plan.place());
        this.callLink = blankToNull(plan.callLink());
        this.agenda = blankToNull(plan.agenda());
        this.createdAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The notes written after the meeting. */
    void record(String notes) {
        this.notes = blankToNull(notes);
    }

    public Long id() {
        return id;
    }

    public Long groupId() {
        return groupId;
    }

    public String title() {
        return title;
    }

    /** When it starts, in the zone it is held in. */
    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(minutes * 60L);
    }

    public int minutes() {
        return minutes;
    }

    public String place() {
        return place;
    }

    public String callLink() {
        return callLink;
    }

    public String agenda() {
        return agenda;
    }

    public String agendaHtml() {
        return RichText.html(agenda);
    }

    public String notes() {
        return notes;
    }

    public String notesHtml() {
        return RichText.html(notes);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
