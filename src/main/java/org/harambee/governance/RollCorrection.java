package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An election officer's correction of an election's voter roll: a member put on it or taken off it, and why. */
@Entity
@Table(name = "roll_correction")
@IdClass(RollCorrection.Key.class)
class RollCorrection {

    record Key(Long electionId, Long memberId) implements Serializable {

        Key() {
            this(null, null);
        }
    }

    @Id
    private Long electionId;
    @Id
    private Long memberId;
    private boolean onRoll;
    private String reason;
    private UUID correctedBy;
    private Instant correctedAt;

    protected RollCorrection() {
    }

    RollCorrection(Long electionId, Long memberId, boolean onRoll, String reason, UUID by, Instant at) {
        this.electionId = electionId;
        this.memberId = memberId;
        revise(onRoll, reason, by, at);
    }

    void revise(boolean onRoll, String reason, UUID by, Instant at) {
        this.onRoll = onRoll;
        this.reason = reason.strip();
        this.correctedBy = by;
        this.correctedAt = at;
    }

    Long memberId() {
        return memberId;
    }

    boolean onRoll() {
        return onRoll;
    }

    String reason() {
        return reason;
    }

    Instant correctedAt() {
        return correctedAt;
    }
}
