package org.harambee.governance;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.site.Installation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo network does that no officer or member could do today: a general assembly held in the past, with
 * who came, the proxies, its resolutions, their amendments and votes, and its published minutes, each at the moment
 * it would have happened. Nothing in production calls it. The rules are the aggregates' own.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class AssemblySeeding {

    /**
     * A resolution as it went: the form it was submitted with, the members that seconded it, the amendment the
     * assembly adopted (or none), the threshold it was voted by and each represented member's answer.
     */
    @NamedInterface(name = "seeding", propagate = false)
    public record PastResolution(ResolutionForm form, List<Long> seconders, AmendmentForm amendment,
            Threshold threshold, Map<Long, String> answers) {
    }

    private final Assemblies assemblies;
    private final Resolutions resolutions;
    private final Amendments amendments;
    private final Attendances attendances;
    private final Proxies proxies;
    private final Agenda agenda;
    private final Floor floor;
    private final VoterRoll roll;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final Installation installation;

    AssemblySeeding(Assemblies assemblies, Resolutions resolutions, Amendments amendments, Attendances attendances,
            Proxies proxies, Agenda agenda, Floor floor, VoterRoll roll, JdbcTemplate jdbc, EntityManager entities,
            Installation installation) {
        this.assemblies = assemblies;
        this.resolutions = resolutions;
        this.amendments = amendments;
        this.attendances = attendances;
        this.proxies = proxies;
        this.agenda = agenda;
        this.floor = floor;
        this.roll = roll;
        this.jdbc = jdbc;
        this.entities = entities;
        this.installation = installation;
    }

    public boolean hasAssemblies() {
        return assemblies.count() > 0;
    }

    /** Calls the assembly, as its officer did a month before it met; answers its address name. */
    @Transactional
    public String call(AssemblyForm form, UUID officer) {
        Instant starts = form.getStartsAt().atZone(installation.timeZone()).toInstant();
        return assemblies.save(new Assembly(Slugs.of(form.getTitleEn(), "assembly", assemblies::existsBySlug), form,
                installation.timeZone(), officer, starts.minus(Duration.ofDays(30)))).slug();
    }

    /** The members on its roll. */
    public List<Long> onRoll(String slug) {
        return roll.entries(existing(slug)).stream().filter(VoterRoll.Entry::onRoll)
                .map(entry -> entry.member().id()).toList();
    }

    /**
     * Holds it: the resolutions submitted before their deadline and seconded, the proxies given the day before, the
     * session opened with these members checked in, each resolution amended, voted on and decided in turn, the
     * session closed and its minutes published the week after.
     */
    @Transactional
    public void hold(String slug, Set<Long> present, Map<Long, Long> delegations, List<PastResolution> past,
            String minutesEn, String minutesEs, UUID officer) {
        Assembly assembly = existing(slug);
        Instant starts = assembly.startsAt();
        for (int i = 0; i < past.size(); i++) {
            PastResolution each = past.get(i);
            Instant submitted = assembly.resolutionsClose().minus(Duration.ofDays(past.size() - i));
            Resolution resolution = resolutions.saveAndFlush(new Resolution(assembly, i + 1, each.form(),
                    each.form().getMember(), officer, submitted));
            for (Long seconder : each.seconders()) {
                jdbc.update("insert into resolution_second (resolution_id, member_id, seconded_by, seconded_at)"
                        + " values (?, ?, ?, ?)", resolution.id(), seconder, officer,
                        Timestamp.from(submitted.plus(Duration.ofHours(2))));
            }
        }
        delegations.forEach((grantor, holder) -> proxies.save(new Proxy(assembly.id(), grantor, holder, officer,
                starts.minus(Duration.ofDays(1)))));
        assembly.open(starts);
        for (Long member : present) {
            Attendance attendance = new Attendance(assembly.id(), member);
            attendance.mark(true, officer, starts);
            attendances.save(attendance);
        }
        entities.flush();
        Instant moment = starts.plus(Duration.ofMinutes(30));
        List<Resolution> held = agenda.resolutions(assembly);
        for (int i = 0; i < held.size(); i++) {
            Resolution resolution = held.get(i);
            PastResolution each = past.get(i);
            if (each.amendment() != null) {
                Amendment amendment = new Amendment(resolution, 1, each.amendment(), officer, moment);
                resolution.amend(amendment);
                amendments.save(amendment);
            }
            resolution.openVote(each.threshold(), each.seconders().size(), assembly.seconders(),
                    floor.quorum(assembly), moment.plus(Duration.ofMinutes(5)));
            entities.flush();
            each.answers().forEach((member, answer) -> agenda.count(resolution, member, answer));
            entities.refresh(resolution);
            resolution.closeVote(moment.plus(Duration.ofMinutes(20)));
            moment = moment.plus(Duration.ofMinutes(40));
        }
        assembly.close(moment);
        assembly.writeMinutes(minutesEn, minutesEs, true, starts.plus(Duration.ofDays(7)));
    }

    private Assembly existing(String slug) {
        return assemblies.findBySlug(slug).orElseThrow(() -> new UnknownGovernanceException(slug));
    }
}
