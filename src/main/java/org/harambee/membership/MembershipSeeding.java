package org.harambee.membership;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the demo network and test fixtures do that no member or staff action does: record individual members with
 * their standing at once, and link seeded people to the accounts they sign in with. Nothing in production calls it.
 * Each method is {@link MemberRegistry}'s of the same name.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class MembershipSeeding {

    private final MemberRegistry registry;

    MembershipSeeding(MemberRegistry registry) {
        this.registry = registry;
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
}
