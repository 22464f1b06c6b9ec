package org.harambee.membership;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo network and test fixtures do that no member or staff action does: record individual members with
 * their standing at once, and link seeded people to the accounts they sign in with. Nothing in production calls it.
 * Each method but the last is {@link MemberRegistry}'s of the same name.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class MembershipSeeding {

    private final MemberRegistry registry;
    private final JdbcTemplate jdbc;

    MembershipSeeding(MemberRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public List<Long> registerIndividuals(List<IndividualRegistration> registrations) {
        return registry.registerIndividuals(registrations);
    }

    public boolean hasMembers() {
        return registry.hasMembers();
    }

    public int linkRepresentative(String email, UUID accountId) {
        return registry.linkRepresentative(email, accountId);
    }

    public boolean linkIndividualMember(String email, UUID accountId) {
        return registry.linkIndividualMember(email, accountId);
    }

    /**
     * Dates each member's registration on its member-since day (at its start, in this zone), as if the network had
     * kept its history since then: the demo network's members have been members since their member-since dates, so
     * that a roll read at a past record date (the demo's past election) has them on it. Demo data only.
     */
    @Transactional
    public int dateRegistrationsFromMemberSince(ZoneId zone) {
        List<Object[]> rows = jdbc.query("select id, member_since from membership where member_since is not null",
                (row, n) -> new Object[] {row.getObject(2, LocalDate.class).atStartOfDay(zone).toOffsetDateTime(),
                    row.getLong(1)});
        return IntStream.of(jdbc.batchUpdate("update status_change set occurred_at = ? where member_id = ?"
                + " and action = 'REGISTERED'", rows)).sum();
    }
}
