package org.harambee.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.governance.BodyForm;
import org.harambee.governance.ElectionForm;
import org.harambee.governance.GovernanceSeeding;
import org.harambee.governance.Office;
import org.harambee.governance.SeatClassForm;
import org.harambee.governance.TermForm;
import org.harambee.governance.VotingMethod;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.Role;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.MembershipSeeding;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.RepresentationFacts;
import org.harambee.membership.RollMember;
import org.harambee.site.Installation;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo network's governance: the Coordinating Committee, with seats reserved for grassroots groups led by directly
 * affected people and for the South, its founding holders, the election that filled its seats two months ago
 * (nominations, ballots from the organizations on its roll, the count) and, two of its open seats left today, a
 * by-election for them open for nominations, with three candidates so far. Synthetic: invented ballots of invented
 * organizations. Seeded once, when there is no body yet.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoGovernance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    private static final long SEED = 20031210L;
    private static final List<String> PLEDGES = List.of("tenants facing eviction", "workers without papers",
            "families of people in prison", "people without health insurance", "students pushed out of school",
            "communities living next to polluting plants");
    private static final List<String> PLEDGES_ES = List.of("inquilinos amenazados de desalojo",
            "trabajadores sin papeles", "familias de personas presas", "personas sin seguro médico",
            "estudiantes expulsados de la escuela", "comunidades que viven junto a plantas contaminantes");

    private final DemoAccounts demoAccounts;
    private final GovernanceSeeding governance;
    private final MembershipSeeding membership;
    private final MemberRoll members;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final ZoneId zone;

    DemoGovernance(DemoAccounts demoAccounts, GovernanceSeeding governance, MembershipSeeding membership,
            MemberRoll members, Taxonomy taxonomy, Clock clock, Installation installation) {
        this.demoAccounts = demoAccounts;
        this.governance = governance;
        this.membership = membership;
        this.members = members;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (governance.hasBodies()) {
            return;
        }
        Map<Role, UUID> accounts = demoAccounts.createOnce().stream()
                .collect(Collectors.toMap(DemoAccounts.DemoAccount::role, DemoAccounts.DemoAccount::accountId));
        UUID officer = accounts.get(Role.ELECTION_OFFICER);
        membership.dateRegistrationsFromMemberSince(zone);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Random random = new Random(SEED);

        Set<String> south = taxonomy.states().stream().filter(state -> state.region().equals("SOUTH"))
                .map(UsState::code).collect(Collectors.toSet());
        String body = governance.body(body(), List.of(
                seats("Seats for grassroots groups led by directly affected people",
                        "Puestos para grupos de base dirigidos por personas directamente afectadas", 3, true, Set.of()),
                seats("Seat for the South", "Puesto para el Sur", 1, false, south),
                seats("Open seats", "Puestos abiertos", 5, false, Set.of())));
        List<Long> classes = governance.classes(body);
        Long bodyId = governance.bodyId(body);

        List<RollMember> organizations = members.admitted().stream()
                .filter(m -> m.kind() == MemberKind.ORGANIZATION && m.status() == MembershipStatus.ACTIVE).toList();
        Map<Long, RepresentationFacts> facts = members.representationFacts(organizations.stream()
                .map(RollMember::id).toList());
        List<RollMember> affected = organizations.stream().filter(o -> facts.get(o.id()).grassroots()
                && facts.get(o.id()).ledByDirectlyAffected()).toList();
        List<RollMember> southern = organizations.stream().filter(o -> south.contains(facts.get(o.id()).stateCode())
                && !affected.contains(o)).toList();
        List<RollMember> others = organizations.stream().filter(o -> !affected.contains(o) && !southern.contains(o))
                .toList();

        LocalDate termStarted = today.minusDays(45);
        List<RollMember> founders = others.subList(0, Math.min(4, others.size()));
        for (int i = 0; i < founders.size(); i++) {
            TermForm term = new TermForm();
            term.setSeatClass(classes.get(2));
            term.setMember(founders.get(i).id());
            term.setHolder(founders.get(i).contactName() == null ? founders.get(i).name()
                    : founders.get(i).contactName());
            term.setOffice(i < Office.values().length ? Office.values()[i] : null);
            term.setStartsOn(termStarted.minusYears(2));
            term.setEndsOn(termStarted);
            governance.seat(body, term);
        }

        ElectionForm past = election("Coordinating Committee election " + termStarted.getYear(),
                "Elección del Comité Coordinador " + termStarted.getYear(), bodyId, classes, List.of(3, 1, 5));
        past.setNominationsOpen(today.minusDays(120).atTime(LocalTime.of(9, 0)));
        past.setNominationsClose(today.minusDays(80).atTime(LocalTime.of(17, 0)));
        past.setVotingOpens(today.minusDays(70).atTime(LocalTime.of(9, 0)));
        past.setVotingCloses(today.minusDays(56).atTime(LocalTime.of(17, 0)));
        past.setRecordDate(today.minusDays(75));
        past.setTermStarts(termStarted);
        String pastElection = governance.call(past, officer);
        List<RollMember> standing = new ArrayList<>();
        standing.addAll(pick(affected, 5, random));
        standing.addAll(pick(southern, 2, random));
        standing.addAll(pick(others.subList(founders.size(), others.size()), 8, random));
        List<Long> nominated = new ArrayList<>();
        for (RollMember candidate : standing) {
            nominated.add(governance.nominate(pastElection, candidate(candidate, random), List.of(seconder(candidate,
                    organizations)), true, officer));
        }
        List<Long> voters = new ArrayList<>(governance.onRoll(pastElection));
        Collections.shuffle(voters, random);
        double[] popularity = random.doubles(nominated.size(), 0.2, 1.0).toArray();
        for (Long voter : voters.subList(0, voters.size() * 4 / 5)) {
            governance.vote(pastElection, voter, ranking(nominated, popularity, 2 + random.nextInt(7), random));
        }
        governance.count(pastElection);

        governance.endTerms(body, classes.get(2), 2);
        ElectionForm next = election("Coordinating Committee by-election " + today.getYear(),
                "Elección parcial del Comité Coordinador " + today.getYear(), bodyId, classes, List.of(0, 0, 2));
        next.setNominationsOpen(today.minusDays(3).atTime(LocalTime.of(9, 0)));
        next.setNominationsClose(today.plusDays(14).atTime(LocalTime.of(17, 0)));
        next.setVotingOpens(today.plusDays(17).atTime(LocalTime.of(9, 0)));
        next.setVotingCloses(today.plusDays(24).atTime(LocalTime.of(17, 0)));
        next.setRecordDate(today.plusDays(16));
        next.setTermStarts(today.plusDays(30));
        String nextElection = governance.call(next, officer);
        List<RollMember> rest = others.stream().filter(o -> !standing.contains(o) && !founders.contains(o)).toList();
        for (RollMember candidate : pick(rest, 3, random)) {
            governance.nominate(nextElection, candidate(candidate, random), List.of(seconder(candidate,
                    organizations)), true, officer);
        }
        log.info("Demo governance seeded: the Coordinating Committee, its election counted from {} ballots, and a"
                + " by-election open for nominations", voters.size() * 4 / 5);
    }

    private static BodyForm body() {
        BodyForm form = new BodyForm();
        form.setNameEn("Coordinating Committee");
        form.setNameEs("Comité Coordinador");
        form.setDescriptionEn("Leads the network between general assemblies: sets its priorities, oversees its staff and"
                + " budget, and speaks for it. Three of its nine seats are reserved for grassroots groups led by people"
                + " directly affected, one for an organization based in the South.");
        form.setDescriptionEs("Dirige la red entre asambleas generales: fija sus prioridades, supervisa a su personal y"
                + " su presupuesto, y habla en su nombre. Tres de sus nueve puestos están reservados a grupos de base"
                + " dirigidos por personas directamente afectadas, y uno a una organización del Sur.");
        form.setTermYears(2);
        form.setTermLimit(2);
        return form;
    }

    private static SeatClassForm seats(String nameEn, String nameEs, int count, boolean affected,
            Set<String> states) {
        SeatClassForm form = new SeatClassForm();
        form.setNameEn(nameEn);
        form.setNameEs(nameEs);
        form.setSeats(count);
        form.setGrassroots(affected);
        form.setAffectedLed(affected);
        form.setMatchAll(true);
        form.setStates(new ArrayList<>(states));
        return form;
    }

    private static ElectionForm election(String titleEn, String titleEs, Long body, List<Long> classes,
            List<Integer> seats) {
        ElectionForm form = new ElectionForm();
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setMethod(VotingMethod.STV);
        form.setOrganizationsVote(true);
        form.setSeconders(1);
        Map<Long, Integer> chosen = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            if (seats.get(i) > 0) {
                chosen.put(classes.get(i), seats.get(i));
            }
        }
        form.setSeats(chosen);
        form.setBody(body);
        return form;
    }

    private GovernanceSeeding.Candidate candidate(RollMember member, Random random) {
        int pledge = random.nextInt(PLEDGES.size());
        return new GovernanceSeeding.Candidate(member.id(), member.contactName() == null ? member.name()
                : member.contactName(), member.name() + " will bring the voices of " + PLEDGES.get(pledge)
                        + " to the committee, and report back to every member each quarter.",
                member.name() + " llevará al comité la voz de " + PLEDGES_ES.get(pledge)
                        + " e informará a todos los miembros cada trimestre.");
    }

    private static Long seconder(RollMember candidate, List<RollMember> organizations) {
        return organizations.stream().filter(o -> !o.id().equals(candidate.id())).findFirst().orElseThrow().id();
    }

    private static List<RollMember> pick(List<RollMember> from, int count, Random random) {
        List<RollMember> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** A voter's ranking of {@code length} candidates, each next one drawn by popularity among those left. */
    private static List<Long> ranking(List<Long> candidates, double[] popularity, int length, Random random) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            left.add(i);
        }
        List<Long> ranked = new ArrayList<>();
        while (ranked.size() < length && !left.isEmpty()) {
            double total = left.stream().mapToDouble(i -> popularity[i]).sum();
            double draw = random.nextDouble() * total;
            int chosen = left.get(left.size() - 1);
            for (int i : left) {
                draw -= popularity[i];
                if (draw <= 0) {
                    chosen = i;
                    break;
                }
            }
            left.remove(Integer.valueOf(chosen));
            ranked.add(candidates.get(chosen));
        }
        return ranked;
    }
}
