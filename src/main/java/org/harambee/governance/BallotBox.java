package org.harambee.governance;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret ballot. Casting writes two rows in one transaction that share nothing but the election: a mark in the
 * register (this member voted: no time, no account) and a ballot paper (what was voted, under a random key, with a
 * fresh receipt code: no member, account, session or time). The register's primary key makes a second vote for the
 * same member impossible, however many arrive at once. When the election closes the papers are written again in a
 * random order, so not even the order rows were stored in follows the order of voting.
 */
@Service
class BallotBox {

    /** One ballot paper as the count and the publication read it. */
    record Paper(String receipt, String choices) {
    }

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    BallotBox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Casts the member's ballot and answers its receipt code; refused when the member has voted already. */
    @Transactional
    public String cast(Election election, Long memberId, String choices) {
        election.requireVoting(clock.instant());
        return put(election, memberId, choices);
    }

    /** Marks the member as having voted and puts its ballot paper in the box: refused when it has voted already. */
    @Transactional
    String put(Election election, Long memberId, String choices) {
        if (voted(election, memberId)) {
            throw new Refusal("governance.ballot.votedAlready");
        }
        try {
            jdbc.update("insert into marked_register (election_id, member_id) values (?, ?)", election.id(),
                    memberId);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException votedMeanwhile) {
            throw new Refusal("governance.ballot.votedAlready");
        }
        String receipt = Receipts.next(random);
        jdbc.update("insert into ballot_paper (id, election_id, receipt, choices) values (?, ?, ?, ?)",
                UUID.randomUUID(), election.id(), receipt, choices);
        return receipt;
    }

    /**
     * Replaces the choices of the ballot paper with this receipt code, for a member who voted, in an election that
     * lets voters change their ballot until it closes.
     */
    @Transactional
    public void change(Election election, Long memberId, String receipt, String choices) {
        election.requireVoting(clock.instant());
        if (!election.changeable()) {
            throw new Refusal("governance.ballot.votedAlready");
        }
        String code = Receipts.normalized(receipt);
        if (!voted(election, memberId) || code == null || jdbc.update(
                "update ballot_paper set choices = ? where election_id = ? and receipt = ?", choices, election.id(),
                code) != 1) {
            throw new Refusal("receipt", "governance.ballot.unknownReceipt");
        }
    }

    public boolean voted(Election election, Long memberId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from marked_register where election_id = ? and member_id = ?", Boolean.class,
                election.id(), memberId));
    }

    public long turnout(Election election) {
        Long count = jdbc.queryForObject("select count(*) from marked_register where election_id = ?", Long.class,
                election.id());
        return count == null ? 0 : count;
    }

    /** Every ballot paper, ordered by receipt code (an order that says nothing of when each was cast). */
    public List<Paper> papers(Election election) {
        return jdbc.query("select receipt, choices from ballot_paper where election_id = ? order by receipt",
                (row, n) -> new Paper(row.getString(1), row.getString(2)), election.id());
    }

    /** Whether a ballot paper has this receipt code. */
    public boolean counted(Election election, String receipt) {
        String code = Receipts.normalized(receipt);
        return code != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from ballot_paper where election_id = ? and receipt = ?", Boolean.class,
                election.id(), code));
    }

    /** Writes the papers again, in a random order under new random keys (at the close, before the count). */
    @Transactional
    public void shuffle(Election election) {
        List<Paper> papers = new ArrayList<>(papers(election));
        Collections.shuffle(papers, random);
        jdbc.update("delete from ballot_paper where election_id = ?", election.id());
        jdbc.batchUpdate("insert into ballot_paper (id, election_id, receipt, choices) values (?, ?, ?, ?)",
                papers.stream().map(paper -> new Object[] {UUID.randomUUID(), election.id(), paper.receipt(),
                        paper.choices()}).toList());
    }
}
