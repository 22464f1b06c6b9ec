package org.harambee.news;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harambee.search.SearchAnalysis;
import org.harambee.site.Refusal;
import org.harambee.site.WebLinks;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A news item, a member's story or an action alert. Staff publish it at once; what a representative or a convener
 * submits waits for staff, who publish or decline it with a reason. An alert asks for one action by a deadline: a
 * text and a link (a statement to sign, an event to come to, an official to write to).
 */
@Entity
@Table(name = "news_item")
@Indexed(index = "news_item")
public class NewsItem {

    static final int MAX_DECLINE_REASON = 1000;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_item_seq")
    @SequenceGenerator(name = "news_item_seq", sequenceName = "news_item_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private NewsKind kind;
    private String titleEn;
    private String titleEs;
    private String bodyEn;
    private String bodyEs;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private NewsVisibility visibility;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private NewsStatus status;
    private LocalDate actionDeadline;
    private String actionText;
    private String actionLink;
    private UUID submittedBy;
    private Instant submittedAt;
    private UUID reviewedBy;
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;
    private String declineReason;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_issue_area", joinColumns = @JoinColumn(name = "news_item_id"))
    @Column(name = "issue_area_id")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Long> issueAreas = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_right", joinColumns = @JoinColumn(name = "news_item_id"))
    @Column(name = "article")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Integer> rights = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_link", joinColumns = @JoinColumn(name = "news_item_id"))
    private Set<NewsLink> links = new HashSet<>();

    protected NewsItem() {
    }

    /** An item as {@code by} writes it: published at once by staff ({@code publishNow}), else waiting for them. */
    NewsItem(NewsForm form, Set<NewsLink> links, UUID by, Instant now, boolean publishNow) {
        describe(form, links);
        this.submittedBy = Objects.requireNonNull(by);
        this.submittedAt = now;
        if (publishNow) {
            this.status = NewsStatus.PUBLISHED;
            this.reviewedBy = by;
            this.publishedAt = now;
        } else {
            this.status = NewsStatus.SUBMITTED;
        }
    }

    /**
     * Sets what the item says, refusing at the fields whatever is missing or wrong: a title and a text in at least
     * one language (each language given has both), rights among the thirty articles, and for an alert its deadline
     * and call to action (a link to a page of this site or an https address). Other kinds carry no call to action.
     */
    void describe(NewsForm form, Set<NewsLink> related) {
        List<Refusal.Problem> problems = new ArrayList<>();
        String english = text(form.getTitleEn());
        String spanish = text(form.getTitleEs());
        String englishBody = text(form.getBodyEn());
        String spanishBody = text(form.getBodyEs());
        if (english == null && spanish == null) {
            problems.add(new Refusal.Problem("titleEn", "news.item.titleNeeded"));
        }
        if (englishBody == null && spanishBody == null) {
            problems.add(new Refusal.Problem("bodyEn", "news.item.bodyNeeded"));
        }
        pair(english, englishBody, "titleEn", "bodyEn", problems);
        pair(spanish, spanishBody, "titleEs", "bodyEs", problems);
        if (form.getRights().stream().anyMatch(article -> article == null || article < 1 || article > 30)) {
            problems.add(new Refusal.Problem("rights", "news.item.unknownRight"));
        }
        boolean alert = form.getKind() == NewsKind.ALERT;
        LocalDate deadline = form.getActionDeadline();
        String action = text(form.getActionText());
        String link = text(form.getActionLink());
        if (alert) {
            if (deadline == null) {
                problems.add(new Refusal.Problem("actionDeadline", "news.alert.deadlineNeeded"));
            } else if (deadline.getYear() < FIRST_YEAR || deadline.getYear() > LAST_YEAR) {
                problems.add(new Refusal.Problem("actionDeadline", "news.alert.yearOutOfRange", FIRST_YEAR,
                        LAST_YEAR));
            }
            if (action == null) {
                problems.add(new Refusal.Problem("actionText", "news.alert.actionNeeded"));
            }
            if (link == null) {
                problems.add(new Refusal.Problem("actionLink", "news.alert.linkNeeded"));
            } else if (!actionLinkAllowed(link)) {
                problems.add(new Refusal.Problem("actionLink", "news.alert.badLink"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        this.kind = form.getKind();
        this.titleEn = english;
        this.titleEs = spanish;
        this.bodyEn = englishBody;
        this.bodyEs = spanishBody;
        this.visibility = form.getVisibility();
        this.actionDeadline = alert ? deadline : null;
        this.actionText = alert ? action : null;
        this.actionLink = alert ? link : null;
        replace(issueAreas, form.getIssueAreas());
        replace(rights, form.getRights());
        replace(links, related);
    }

    private static void pair(String title, String body, String titleField, String bodyField,
            List<Refusal.Problem> problems) {
        if (title != null && body == null) {
            problems.add(new Refusal.Problem(bodyField, "news.item.textForTitle"));
        } else if (title == null && body != null) {
            problems.add(new Refusal.Problem(titleField, "news.item.titleForText"));
        }
    }

    /** A call to action goes to a page of this site ({@code /statements/12}) or to an https address. */
    static boolean actionLinkAllowed(String link) {
        return link.matches("/(?![/\\\\])[^\\s\\\\]*") || WebLinks.https(link);
    }

    private static String text(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }

    private static <T> void replace(Collection<T> current, Collection<T> wanted) {
        Set<T> kept = Set.copyOf(wanted);
        current.retainAll(kept);
        current.addAll(kept);
    }

    /** Staff publish a submitted item. */
    void publish(UUID staff, Instant now) {
        if (status != NewsStatus.SUBMITTED) {
            throw new Refusal("news.review.notWaiting");
        }
        this.status = NewsStatus.PUBLISHED;
        this.reviewedBy = staff;
        this.publishedAt = now;
        this.declineReason = null;
    }

    /** Staff decline a submitted item, saying why (the submitter reads it). */
    void decline(UUID staff, String reason) {
        if (status != NewsStatus.SUBMITTED) {
            throw new Refusal("news.review.notWaiting");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_DECLINE_REASON) {
            throw new Refusal("reason", "news.review.reasonNeeded", MAX_DECLINE_REASON);
        }
        this.status = NewsStatus.DECLINED;
        this.reviewedBy = staff;
        this.declineReason = reason.strip();
    }

    /** Whether this reader may read the item: its author and staff always; others once published, as it says. */
    boolean visibleTo(NewsReader reader) {
        if (reader.staff() || submittedBy.equals(reader.accountId())) {
            return true;
        }
        return status == NewsStatus.PUBLISHED && (visibility == NewsVisibility.PUBLIC || reader.member());
    }

    /** Whether this reader may change the item: staff, or its author while it waits for review. */
    boolean changeableBy(NewsReader reader) {
        return reader.staff() || submittedBy.equals(reader.accountId()) && status == NewsStatus.SUBMITTED;
    }

    /** Whether anyone may read it (and so the feeds carry it and search engines are told of it). */
    public boolean isPublic() {
        return status == NewsStatus.PUBLISHED && visibility == NewsVisibility.PUBLIC;
    }

    /** Whether the alert's deadline has passed on this day. */
    public boolean actionClosed(LocalDate today) {
        return actionDeadline != null && actionDeadline.isBefore(today);
    }

    /** The title in both languages, as the English analysis indexes it. */
    @FullTextField(name = "title", analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.NO)
    @FullTextField(name = "title_es", analyzer = SearchAnalysis.SPANISH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "titleEn")),
        @ObjectPath(@PropertyValue(propertyName = "titleEs"))})
    public String getTitle() {
        return joined(titleEn, titleEs);
    }

    /** The text in both languages, with the call to action, as the index reads it. */
    @FullTextField(name = "body", analyzer = SearchAnalysis.ENGLISH)
    @FullTextField(name = "body_es", analyzer = SearchAnalysis.SPANISH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "bodyEn")),
        @ObjectPath(@PropertyValue(propertyName = "bodyEs")), @ObjectPath(@PropertyValue(propertyName = "actionText"))})
    public String getBody() {
        return joined(bodyEn, bodyEs, actionText);
    }

    /** The year it was published, for the year facet (a bean getter, so the index can read it). */
    @GenericField(name = "year", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedAt")))
    public Integer getYear() {
        return publishedAt == null ? null : publishedAt.atZone(ZoneId.of("UTC")).getYear();
    }

    private static String joined(String... texts) {
        String joined = Stream.of(texts).filter(Objects::nonNull).collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    public Long id() {
        return id;
    }

    public NewsKind kind() {
        return kind;
    }

    public String title(Locale locale) {
        return in(locale, titleEn, titleEs);
    }

    public String body(Locale locale) {
        return in(locale, bodyEn, bodyEs);
    }

    /** The language the title and text are shown in to a reader of {@code locale}: theirs if written in it. */
    public String languageFor(Locale locale) {
        boolean spanishReader = "es".equals(locale.getLanguage());
        return spanishReader && titleEs != null || titleEn == null ? "es" : "en";
    }

    private static String in(Locale locale, String english, String spanish) {
        boolean spanishReader = "es".equals(locale.getLanguage());
        String first = spanishReader ? spanish : english;
        return first != null ? first : spanishReader ? english : spanish;
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleEs() {
        return titleEs;
    }

    public String bodyEn() {
        return bodyEn;
    }

    public String bodyEs() {
        return bodyEs;
    }

    public NewsVisibility visibility() {
        return visibility;
    }

    public NewsStatus status() {
        return status;
    }

    public LocalDate actionDeadline() {
        return actionDeadline;
    }

    public String actionText() {
        return actionText;
    }

    public String actionLink() {
        return actionLink;
    }

    public UUID submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }

    public Set<Integer> rights() {
        return Set.copyOf(rights);
    }

    public Set<NewsLink> links() {
        return Set.copyOf(links);
    }
}
