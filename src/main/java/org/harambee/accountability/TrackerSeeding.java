package org.harambee.accountability;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the demo network asks of the tracker before it imports recommendations. Nothing in production calls it.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class TrackerSeeding {

    private final FollowUp followUp;

    TrackerSeeding(FollowUp followUp) {
        this.followUp = followUp;
    }

    public boolean hasRecommendations() {
        return followUp.hasRecommendations();
    }
}
