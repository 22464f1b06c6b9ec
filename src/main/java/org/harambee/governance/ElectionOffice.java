package org.harambee.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.site.Installation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elections as election officers call them and everyone reads them: the list, one election, its candidates. An
 * election is called with its seats (at most those of each class vacant on the day its terms start), or a question;
 * its timeline, method, record date and voters; it changes only until voting opens (its body and method only until
 * someone is nominated).
 */
@Service
@Transactional(readOnly = true)
public class ElectionOffice {

    private final Elections elections;
    private final Nominations nominations;
    private final Bodies bodies;
    private final AuditLog audit;
    private final Installation installation;
    private final Clock clock;

    ElectionOffice(Elections elections, Nominations nominations, Bodies bodies, AuditLog audit,
            Installation installation, Clock clock) {
        this.elections = elections;
        this.nominations = nominations;
        this.bodies = bodies;
        this.audit = audit;
        this.installation = installation;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Every election, the latest voting first. */
    public List<Election> all() {
        return elections.findAllByOrderByVotingOpensDesc();
    }

    public List<Election> of(GoverningBody body) {
        return elections.findByBodyIdOrderByVotingOpensDesc(body.id());
    }

    public Optional<Election> election(String slug) {
        return elections.findBySlug(slug);
    }

    Election existing(String slug) {
        return elections.findBySlug(slug).orElseThrow(() -> new UnknownGovernanceException(slug));
    }

    /** Every nomination of the election, by the candidate's name. */
    public List<Nomination> nominations(Election election) {
        return nominations.findByElectionIdOrderByCandidateName(election.id());
    }

    /** The candidates on the ballot: the nominations that stand, by name (the ballot's order and the BLT file's). */
    public List<Nomination> candidates(Election election) {
        return nominations(election).stream().filter(each -> each.stands(election))
                .sorted(Comparator.comparing(Nomination::candidateName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Nomination::id))
                .toList();
    }

    @Transactional
    public Election call(ElectionForm form, UUID by) {
        Election election = elections.save(new Election(Slugs.of(form.getTitleEn(), "election",
                elections::existsBySlug), form, bodies.classesOf(form.getBody()),
                bodies.vacancies(form.getBody(), form.getTermStarts()), installation.timeZone(), by, clock.instant()));
        audit.record("governance.election.called", "election " + election.slug(), null);
        return election;
    }

    @Transactional
    public void revise(String slug, ElectionForm form) {
        Election election = existing(slug);
        election.revise(form, bodies.classesOf(form.getBody()), bodies.vacancies(form.getBody(), form.getTermStarts()),
                !nominations(election).isEmpty(), installation.timeZone(), clock.instant());
        audit.record("governance.election.changed", "election " + election.slug(), null);
    }
}
