package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * An amendment to a resolution as an election officer records it: what it changes, who moved it, whether the
 * assembly adopted it and, if so, the resolution's whole text as amended.
 */
@Entity
@Table(name = "amendment")
public class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "amendment_seq")
    @SequenceGenerator(name = "amendment_seq", sequenceName = "amendment_seq", allocationSize = 50)
    private Long id;
    private Long resolutionId;
    private int number;
    private String summary;
    private String movedBy;
    private boolean adopted;
    private String textEn;
    private String textEs;
    private UUID recordedBy;
    private Instant recordedAt;

    protected Amendment() {
    }

    Amendment(Resolution resolution, int number, AmendmentForm form, UUID by, Instant now) {
        String en = Texts.orNull(form.getTextEn());
        String es = Texts.orNull(form.getTextEs());
        if (form.isAdopted() && en == null && es == null) {
            throw new Refusal("textEn", "governance.amendment.textNeeded");
        }
        this.resolutionId = resolution.id();
        this.number = number;
        this.summary = form.getSummary().strip();
        this.movedBy = Texts.orNull(form.getMovedBy());
        this.adopted = form.isAdopted();
        this.textEn = adopted ? en : null;
        this.textEs = adopted ? es : null;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String summary() {
        return summary;
    }

    public String movedBy() {
        return movedBy;
    }

    public boolean adopted() {
        return adopted;
    }

    String textEn() {
        return textEn;
    }

    String textEs() {
        return textEs;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
