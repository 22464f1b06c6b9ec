package org.harambee.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * General assemblies as election officers call and run them: the list, one assembly, calling and changing it until
 * its session opens, opening and closing the session, writing and publishing the minutes.
 */
@Service
@Transactional(readOnly = true)
public class AssemblyOffice {

    private final Assemblies assemblies;
    private final Resolutions resolutions;
    private final AuditLog audit;
    private final Installation installation;
    private final Clock clock;

    AssemblyOffice(Assemblies assemblies, Resolutions resolutions, AuditLog audit, Installation installation,
            Clock clock) {
        this.assemblies = assemblies;
        this.resolutions = resolutions;
        this.audit = audit;
        this.installation = installation;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Every assembly, the latest first. */
    public List<Assembly> all() {
        return assemblies.findAllByOrderByStartsAtDesc();
    }

    Assembly existing(String slug) {
        return assemblies.findBySlug(slug).orElseThrow(() -> new UnknownGovernanceException(slug));
    }

    /**
     * The assembly, locked until the transaction ends: what depends on its session and on every proxy at once (the
     * limit per holder, opening a vote, closing the session) happens one at a time.
     */
    Assembly locked(String slug) {
        return assemblies.lockById(existing(slug).id()).orElseThrow(() -> new UnknownGovernanceException(slug));
    }

    @Transactional
    public Assembly call(AssemblyForm form, UUID by) {
        Assembly assembly = assemblies.save(new Assembly(Slugs.of(form.getTitleEn(), "assembly",
                assemblies::existsBySlug), form, installation.timeZone(), by, clock.instant()));
        audit.record("governance.assembly.called", "assembly " + assembly.slug(), null);
        return assembly;
    }

    @Transactional
    public void revise(String slug, AssemblyForm form) {
        Assembly assembly = existing(slug);
        assembly.revise(form, installation.timeZone());
        audit.record("governance.assembly.changed", "assembly " + slug, null);
    }

    /** Opens the session (check-in and votes). */
    @Transactional
    public void open(String slug) {
        existing(slug).open(clock.instant());
        audit.record("governance.assembly.opened", "assembly " + slug, null);
    }

    /** Closes the session: refused while a resolution is still being voted on. */
    @Transactional
    public void close(String slug) {
        Assembly assembly = locked(slug);
        if (resolutions.findByAssemblyIdOrderByNumber(assembly.id()).stream()
                .anyMatch(each -> each.status() == ResolutionStatus.VOTING)) {
            throw new Refusal("governance.assembly.voteStillOpen");
        }
        assembly.close(clock.instant());
        audit.record("governance.assembly.closed", "assembly " + slug, null);
    }

    /** Writes the minutes after the close, and publishes them to the members when asked (then they are fixed). */
    @Transactional
    public void minutes(String slug, MinutesForm form) {
        existing(slug).writeMinutes(form.getMinutesEn(), form.getMinutesEs(), form.isPublish(), clock.instant());
        audit.record(form.isPublish() ? "governance.minutes.published" : "governance.minutes.written",
                "assembly " + slug, null);
    }
}
