package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The representative who casts a member organization's one vote, chosen by one of its representatives. */
@Entity
@Table(name = "voting_representative")
class VotingRepresentative {

    @Id
    private Long memberId;
    private UUID accountId;
    private UUID chosenBy;
    private Instant chosenAt;

    protected VotingRepresentative() {
    }

    VotingRepresentative(Long memberId, UUID accountId, UUID by, Instant at) {
        this.memberId = memberId;
        choose(accountId, by, at);
    }

    void choose(UUID account, UUID by, Instant at) {
        this.accountId = account;
        this.chosenBy = by;
        this.chosenAt = at;
    }

    UUID accountId() {
        return accountId;
    }
}
