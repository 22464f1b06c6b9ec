package org.harambee.governance;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.RollMember;
import org.springframework.stereotype.Service;

/**
 * A voter's side of the ballot box: which of the members they answer for they may vote for, and casting (or, where
 * the election allows it, changing with the receipt code) that member's ballot.
 */
@Service
public class Voting {

    /** A member this person answers for, with its place on the roll and whether it has voted. */
    public record Voter(VoterRoll.Entry entry, boolean voted, boolean mayCast) {
    }

    private final ElectionOffice office;
    private final VoterRoll roll;
    private final BallotBox box;

    Voting(ElectionOffice office, VoterRoll roll, BallotBox box) {
        this.office = office;
        this.roll = roll;
        this.box = box;
    }

    /** Every member this person answers for, and whether they may cast its vote now. */
    public List<Voter> voters(Election election, HarambeeUser user) {
        return roll.mine(election, user).stream().map(entry -> {
            boolean voted = box.voted(election, entry.member().id());
            return new Voter(entry, voted, entry.onRoll() && roll.casts(user, entry.member().id()));
        }).toList();
    }

    /**
     * Casts the ballot for the member (or changes it, with its receipt code, where the election allows) and answers
     * the receipt code (null for a change: the voter has it).
     */
    public String cast(String slug, BallotForm ballot, HarambeeUser user) {
        Election election = office.existing(slug);
        election.requireVoting(office.now());
        RollMember member = roll.voterFor(election, user, ballot.getMember());
        String choices = Marking.of(election, office.candidates(election), ballot);
        if (election.changeable() && box.voted(election, member.id())) {
            box.change(election, member.id(), ballot.getReceipt(), choices);
            return null;
        }
        return box.cast(election, member.id(), choices);
    }
}
