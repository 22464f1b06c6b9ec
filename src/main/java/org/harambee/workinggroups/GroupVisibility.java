package org.harambee.workinggroups;

import org.springframework.modulith.NamedInterface;

/**
 * Who knows a group exists. Public: anyone, who also reads the threads its participants open to readers outside;
 * members: the network's signed-in members, likewise; private: only the group's own participants.
 */
@NamedInterface(name = "seeding", propagate = false)
public enum GroupVisibility {
    PUBLIC, MEMBERS, PRIVATE
}
