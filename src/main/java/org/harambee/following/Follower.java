package org.harambee.following;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.Subject;

/**
 * A person who follows things: a member (by account) or a visitor (by an address they confirmed), what they follow,
 * how often they hear of it, in which language, and the week of the last digest sent to them (which claims the week,
 * so several nodes send it once).
 */
@Entity
@Table(name = "follower")
public class Follower {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follower_seq")
    @SequenceGenerator(name = "follower_seq", sequenceName = "follower_seq", allocationSize = 50)
    private Long id;
    private UUID accountId;
    private String email;
    private String language;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    private Instant createdAt;
    private Instant confirmedAt;
    private Instant linkSentAt;
    private LocalDate digestWeek;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follower_kind", joinColumns = @JoinColumn(name = "follower_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<ItemKind> kinds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follower_issue_area", joinColumns = @JoinColumn(name = "follower_id"))
    @Column(name = "issue_area_id")
    private Set<Long> issueAreas = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follower_right", joinColumns = @JoinColumn(name = "follower_id"))
    @Column(name = "article")
    private Set<Integer> rights = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follower_group", joinColumns = @JoinColumn(name = "follower_id"))
    @Column(name = "group_id")
    private Set<Long> groups = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follower_organization", joinColumns = @JoinColumn(name = "follower_id"))
    @Column(name = "organization_id")
    private Set<Long> organizations = new HashSet<>();

    protected Follower() {
    }

    /** A member, following every kind of item in a weekly digest until they choose otherwise. */
    static Follower member(UUID accountId, Locale locale, Instant now) {
        Follower follower = new Follower();
        follower.accountId = Objects.requireNonNull(accountId);
        follower.language = languageOf(locale);
        follower.cadence = Cadence.WEEKLY;
        follower.kinds.addAll(EnumSet.allOf(ItemKind.class));
        follower.createdAt = now;
        follower.confirmedAt = now;
        return follower;
    }

    /**
     * A visitor at this address, who hears of nothing until they follow the link mailed to it (which offers every
     * kind of item in a weekly digest to start from).
     */
    static Follower visitor(String email, Locale locale, Instant now) {
        Follower follower = new Follower();
        follower.email = Objects.requireNonNull(email);
        follower.language = languageOf(locale);
        follower.cadence = Cadence.WEEKLY;
        follower.kinds.addAll(EnumSet.allOf(ItemKind.class));
        follower.createdAt = now;
        return follower;
    }

    static String languageOf(Locale locale) {
        return "es".equals(locale.getLanguage()) ? "es" : "en";
    }

    /** What they follow and how often they hear of it, in which language. */
    void choose(Interests interests, Cadence chosen, Locale locale) {
        this.cadence = Objects.requireNonNull(chosen);
        this.language = languageOf(locale);
        replace(kinds, interests.kinds());
        replace(issueAreas, interests.issueAreas());
        replace(rights, interests.rights());
        replace(groups, interests.groups());
        replace(organizations, interests.organizations());
    }

    private static <T> void replace(Collection<T> current, Collection<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** Follows or stops following an organization or a working group; answers whether they follow it now. */
    boolean toggle(Subject subject, long id) {
        Set<Long> followed = switch (subject) {
            case ORGANIZATION -> organizations;
            case GROUP -> groups;
            default -> throw new IllegalArgumentException("Only organizations and working groups are followed");
        };
        if (followed.remove(id)) {
            return false;
        }
        followed.add(id);
        return true;
    }

    boolean follows(Subject subject, long id) {
        return subject == Subject.ORGANIZATION ? organizations.contains(id)
                : subject == Subject.GROUP && groups.contains(id);
    }

    /** A visitor followed the link mailed to them: from now on they hear of what they follow. */
    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    /**
     * Claims the mailing of a link to this visitor now, answering whether it was claimed: at most one in
     * {@code minutes} minutes, so that a form nobody proved they own the address of cannot flood it.
     */
    boolean claimLinkMail(Instant now, long minutes) {
        if (linkSentAt != null && linkSentAt.plusSeconds(minutes * 60).isAfter(now)) {
            return false;
        }
        linkSentAt = now;
        return true;
    }

    /**
     * Whether they want to hear of this: its kind is one they follow, and it is about something they follow, or
     * they follow no subject in particular (then every item of the kinds they follow), or it is about nothing in
     * particular (the country's reviews).
     */
    boolean wants(NewThing thing) {
        if (!kinds.contains(thing.kind())) {
            return false;
        }
        boolean followsNoSubject = issueAreas.isEmpty() && rights.isEmpty() && groups.isEmpty()
                && organizations.isEmpty();
        return followsNoSubject || thing.aboutNothingInParticular() || overlaps(issueAreas, thing.issueAreas())
                || overlaps(rights, thing.rights()) || overlaps(groups, thing.groups())
                || overlaps(organizations, thing.organizations());
    }

    private static <T> boolean overlaps(Set<T> followed, Set<T> about) {
        return about.stream().anyMatch(followed::contains);
    }

    public Long id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String language() {
        return language;
    }

    public Cadence cadence() {
        return cadence;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate digestWeek() {
        return digestWeek;
    }

    public Interests interests() {
        return new Interests(kinds, issueAreas, rights, groups, organizations);
    }
}
