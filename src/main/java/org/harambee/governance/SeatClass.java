package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.harambee.membership.MemberKind;
import org.harambee.membership.RepresentationFacts;
import org.harambee.site.Refusal;

/**
 * A class of a body's seats. Open when it has no rule; reserved otherwise, by a rule on the candidate member's own
 * profile: a grassroots organization, an organization led by directly affected people, a directly-affected
 * individual (all of the chosen criteria, or any one of them), and a region (the candidate's state among the
 * chosen ones). The rule is read at nomination and again at the count.
 */
@Entity
@Table(name = "seat_class")
public class SeatClass {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_class_seq")
    @SequenceGenerator(name = "seat_class_seq", sequenceName = "seat_class_seq", allocationSize = 50)
    private Long id;
    private Long bodyId;
    private String nameEn;
    private String nameEs;
    private int seats;
    private boolean grassroots;
    private boolean affectedLed;
    private boolean affectedIndividual;
    private boolean matchAll;
    private String states;
    private int position;

    protected SeatClass() {
    }

    SeatClass(Long bodyId, SeatClassForm form, Set<String> knownStates, int position) {
        Set<String> chosen = new TreeSet<>();
        for (String code : form.getStates()) {
            if (!knownStates.contains(code)) {
                throw new Refusal("states", "governance.seatClass.unknownState");
            }
            chosen.add(code);
        }
        this.bodyId = bodyId;
        this.nameEn = form.getNameEn().strip();
        this.nameEs = Texts.orNull(form.getNameEs());
        this.seats = form.getSeats();
        this.grassroots = form.isGrassroots();
        this.affectedLed = form.isAffectedLed();
        this.affectedIndividual = form.isAffectedIndividual();
        this.matchAll = form.isMatchAll();
        this.states = chosen.isEmpty() ? null : String.join(" ", chosen);
        this.position = position;
    }

    /** Whether the member these facts describe may stand for (and be elected to) a seat of this class. */
    public boolean admits(RepresentationFacts candidate) {
        if (!states().isEmpty() && (candidate.stateCode() == null || !states().contains(candidate.stateCode()))) {
            return false;
        }
        boolean organization = candidate.kind() == MemberKind.ORGANIZATION;
        List<Boolean> criteria = new ArrayList<>(3);
        if (grassroots) {
            criteria.add(organization && candidate.grassroots());
        }
        if (affectedLed) {
            criteria.add(organization && candidate.ledByDirectlyAffected());
        }
        if (affectedIndividual) {
            criteria.add(!organization && candidate.directlyAffected());
        }
        return criteria.isEmpty() || (matchAll ? !criteria.contains(false) : criteria.contains(true));
    }

    /** Whether anyone may stand for it (no rule). */
    public boolean open() {
        return !grassroots && !affectedLed && !affectedIndividual && states == null;
    }

    /** The criteria of its rule, as message keys (region apart: {@link #states()}). */
    public List<String> criteria() {
        List<String> keys = new ArrayList<>(3);
        if (grassroots) {
            keys.add("governance.rule.grassroots");
        }
        if (affectedLed) {
            keys.add("governance.rule.affectedLed");
        }
        if (affectedIndividual) {
            keys.add("governance.rule.affectedIndividual");
        }
        return keys;
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String name(Locale locale) {
        return Texts.in(locale, nameEn, nameEs);
    }

    public int seats() {
        return seats;
    }

    public boolean matchAll() {
        return matchAll;
    }

    /** The state codes of its region, empty when the seat is for any region. */
    public List<String> states() {
        return states == null ? List.of() : Arrays.asList(states.split(" "));
    }

    public int position() {
        return position;
    }
}
