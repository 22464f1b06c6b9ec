package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A governing body of the network (the Coordinating Committee, a committee): its name and description in English
 * and Spanish, the length of its terms and how many terms in a row one member may serve. Its seats are in
 * {@link SeatClass}es, who sits in them in {@link SeatTerm}s.
 */
@Entity
@Table(name = "governing_body")
public class GoverningBody {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governing_body_seq")
    @SequenceGenerator(name = "governing_body_seq", sequenceName = "governing_body_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String nameEn;
    private String nameEs;
    private String descriptionEn;
    private String descriptionEs;
    private int termYears;
    private Integer termLimit;
    private Instant createdAt;
    @Version
    private long version;

    protected GoverningBody() {
    }

    GoverningBody(String slug, BodyForm form, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        revise(form);
    }

    void revise(BodyForm form) {
        nameEn = form.getNameEn().strip();
        nameEs = Texts.orNull(form.getNameEs());
        descriptionEn = Texts.orNull(form.getDescriptionEn());
        descriptionEs = Texts.orNull(form.getDescriptionEs());
        termYears = form.getTermYears();
        termLimit = form.getTermLimit();
    }

    BodyForm asForm() {
        BodyForm form = new BodyForm();
        form.setNameEn(nameEn);
        form.setNameEs(nameEs);
        form.setDescriptionEn(descriptionEn);
        form.setDescriptionEs(descriptionEs);
        form.setTermYears(termYears);
        form.setTermLimit(termLimit);
        return form;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name(Locale locale) {
        return Texts.in(locale, nameEn, nameEs);
    }

    public String description(Locale locale) {
        return Texts.in(locale, descriptionEn, descriptionEs);
    }

    public int termYears() {
        return termYears;
    }

    public Integer termLimit() {
        return termLimit;
    }

    public long version() {
        return version;
    }
}
