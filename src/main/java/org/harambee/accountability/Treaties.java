package org.harambee.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.site.Installation;
import org.harambee.taxonomy.Instrument;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.site.EditedVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The international instruments and the network's country's position on each; staff keep them current. */
@Service
@Transactional(readOnly = true)
public class Treaties {

    private final Taxonomy taxonomy;
    private final Ratifications ratifications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId zone;
    private final String country;

    Treaties(Taxonomy taxonomy, Ratifications ratifications, AuditLog auditLog, Clock clock,
            Installation installation, TrackerSettings settings) {
        this.taxonomy = taxonomy;
        this.ratifications = ratifications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.zone = installation.timeZone();
        this.country = settings.country();
    }

    /**
     * An instrument and the country's position on it (not signed when nothing is recorded), with the version of the
     * recorded position (0 before any).
     */
    public record Position(Instrument instrument, RatificationStatus status, LocalDate signedOn, LocalDate ratifiedOn,
            String note, long version) {
    }

    /** Every instrument in its order, with the country's position. */
    public List<Position> positions() {
        Map<String, Ratification> recorded = ratifications.findByKeyCountry(country).stream()
                .collect(Collectors.toMap(Ratification::instrument, Function.identity()));
        return taxonomy.instruments().stream().map(instrument -> {
            Ratification r = recorded.get(instrument.code());
            return r == null ? new Position(instrument, RatificationStatus.NOT_SIGNED, null, null, null, 0)
                    : new Position(instrument, r.status(), r.signedOn(), r.ratifiedOn(), r.note(), r.version());
        }).toList();
    }

    public String country() {
        return country;
    }

    Position position(String code) {
        return positions().stream().filter(p -> p.instrument().code().equals(code)).findFirst()
                .orElseThrow(UnknownInstrumentException::new);
    }

    /** Staff record the country's position on an instrument; {@link TrackerRuleException} names a field that does not hold. */
    @Transactional
    public void record(String code, Long seen, RatificationStatus status, LocalDate signedOn, LocalDate ratifiedOn,
            String note) {
        Instrument instrument = taxonomy.instrument(code).orElseThrow(UnknownInstrumentException::new);
        Ratification ratification = ratifications.findById(new Ratification.Key(country, instrument.code()))
                .orElseGet(() -> ratifications.save(new Ratification(country, instrument.code())));
        EditedVersion.require(seen, ratification.version(), Ratification.class, code);
        ratification.record(status, signedOn, ratifiedOn, note, LocalDate.now(clock.withZone(zone)));
        auditLog.record("accountability.treaty", "instrument " + code, country + ": " + status);
    }

    /** Staff add an instrument, and the country's position on it. */
    @Transactional
    public void add(String code, String nameEn, String nameEs, LocalDate adopted, String monitoringBody,
            RatificationStatus status, LocalDate signedOn, LocalDate ratifiedOn, String note) {
        if (taxonomy.isInstrument(code)) {
            throw new TrackerRuleException("code", "accountability.instrument.code.taken");
        }
        if (adopted == null || adopted.isAfter(LocalDate.now(clock.withZone(zone)))
                || adopted.isBefore(LocalDate.of(1945, 6, 26))) {
            throw new TrackerRuleException("adopted", "accountability.instrument.adopted.invalid");
        }
        Ratification ratification = new Ratification(country, code);
        ratification.record(status, signedOn, ratifiedOn, note, LocalDate.now(clock.withZone(zone)));
        taxonomy.addInstrument(code, nameEn, nameEs, adopted, monitoringBody);
        ratifications.save(ratification);
        auditLog.record("accountability.instrument", "instrument " + code, nameEn);
    }
}
