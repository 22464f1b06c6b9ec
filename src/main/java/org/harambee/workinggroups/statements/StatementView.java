package org.harambee.workinggroups.statements;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.harambee.site.Option;
import org.harambee.workinggroups.GroupSummary;

/**
 * A statement's page as one reader sees it: the statement and its earlier texts, its state now, its text as safe HTML, its owning group
 * (null for the network's staff, or a group hidden from this reader), its signatories (organizations in sections:
 * one per place, or a single one by name; then the individuals named to this reader, and how many more signed
 * without being named to them), what this reader may sign or withdraw, and whether they manage it. {@code publicUrl} is set only when anyone may read it.
 */
public record StatementView(StatementText statement, List<StatementText.Version> versions, StatementState state, String html, String excerpt,
        GroupSummary group, boolean staffStatement, long count, List<Section> organizations,
        List<Signatory> individuals, long unnamedIndividuals, String order, List<Option> mayAddFor, List<Option> mayWithdrawFor,
        boolean mayAddOwn, boolean mayWithdrawOwn, boolean signedIn, boolean manages, LocalDate closedOn,
        ZoneId zone, String publicUrl) {

    /** Organizations under one heading (a state or country; null when listed by name). */
    public record Section(String heading, List<Signatory> signatories) {
    }

    public boolean open() {
        return state == StatementState.OPEN;
    }

    public boolean draft() {
        return state == StatementState.DRAFT;
    }

    /** Whether the statement is closed or delivered: its list is final and exported. */
    public boolean closed() {
        return state == StatementState.CLOSED || state == StatementState.DELIVERED;
    }

    /** Whether this reader may sign or withdraw anything now. */
    public boolean maySignOrWithdraw() {
        return !mayAddFor.isEmpty() || !mayWithdrawFor.isEmpty() || mayAddOwn || mayWithdrawOwn;
    }
}
