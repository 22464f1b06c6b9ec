package org.harambee.governance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A ballot as the voter fills it in: for which member it is cast, the rank given to each candidate (single
 * transferable vote), the candidates approved (approval), or the answer (a question); to change a ballot already
 * cast, the receipt code it was given.
 */
public class BallotForm {

    private Long member;
    private Map<Long, String> ranks = new HashMap<>();
    private Set<Long> approved = new HashSet<>();
    private String answer;
    private String receipt;

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public Map<Long, String> getRanks() {
        return ranks;
    }

    public void setRanks(Map<Long, String> ranks) {
        this.ranks = ranks;
    }

    public Set<Long> getApproved() {
        return approved;
    }

    public void setApproved(Set<Long> approved) {
        this.approved = approved;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }
}
