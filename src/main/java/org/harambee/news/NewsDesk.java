package org.harambee.news;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.OrganizationAccess;
import org.harambee.related.ItemPublished;
import org.harambee.related.Mention;
import org.harambee.related.Mentioning;
import org.harambee.related.RelatedPage;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupRoster;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news desk: who may write (staff, who publish at once; representatives of member organizations and conveners
 * of working groups, who submit for staff to review), what each person may read and change, the review, and what
 * names a page of another capability.
 */
@Service
@Transactional
public class NewsDesk implements Mentioning {

    private final NewsItems items;
    private final RelatedPages related;
    private final Taxonomy taxonomy;
    private final OrganizationAccess organizations;
    private final GroupRoster groups;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Installation installation;
    private final ApplicationEventPublisher events;

    NewsDesk(NewsItems items, RelatedPages related, Taxonomy taxonomy, OrganizationAccess organizations,
            GroupRoster groups, AuditLog auditLog, Clock clock, Installation installation,
            ApplicationEventPublisher events) {
        this.events = events;
        this.items = items;
        this.related = related;
        this.taxonomy = taxonomy;
        this.organizations = organizations;
        this.groups = groups;
        this.auditLog = auditLog;
        this.clock = clock;
        this.installation = installation;
    }

    /** Whether this person may write news: staff, a representative of a member organization, a convener. */
    @Transactional(readOnly = true)
    public boolean mayWrite(HarambeeUser user) {
        return user != null && (user.isStaff() || !organizations.representedBy(user).isEmpty()
                || !groups.convenedBy(user).isEmpty());
    }

    /** Refuses (403) a person who may not write news. */
    void requireMayWrite(HarambeeUser user) {
        if (!mayWrite(user)) {
            throw new AccessDeniedException("news.write.notAllowed");
        }
    }

    /** This person writes an item: staff publish it at once, others submit it for review. */
    public NewsItem write(NewsForm form, HarambeeUser user, Locale locale) {
        requireMayWrite(user);
        NewsItem item = items.save(new NewsItem(checked(form), linksOf(form, Set.of(), user, locale),
                user.accountId(), clock.instant(), user.isStaff()));
        auditLog.record(user.isStaff() ? "news.published" : "news.submitted", "news " + item.id(),
                item.title(Locale.ENGLISH));
        announce(item);
        return item;
    }

    /**
     * This person changes an item they may change. Pages it names that they may not see stay named: they could
     * not list them, so leaving them out is not removing them.
     */
    public NewsItem revise(Long id, NewsForm form, HarambeeUser user, Locale locale) {
        NewsItem item = changeable(id, user);
        Set<NewsLink> seen = relatedTo(item, user, locale).stream()
                .map(page -> new NewsLink(page.subject(), page.id())).collect(Collectors.toSet());
        Set<NewsLink> unseen = item.links().stream().filter(link -> !seen.contains(link)).collect(Collectors.toSet());
        item.describe(checked(form), linksOf(form, unseen, user, locale));
        auditLog.record("news.edited", "news " + item.id(), item.title(Locale.ENGLISH));
        return item;
    }

    /** The form, refused at its field when it names an issue area that is not one of the network's. */
    private NewsForm checked(NewsForm form) {
        if (form.getIssueAreas().stream().anyMatch(area -> area == null || !taxonomy.isActiveIssueArea(area))) {
            throw new Refusal("issueAreas", "news.item.unknownIssueArea");
        }
        return form;
    }

    /**
     * The pages the form's addresses name, with {@code kept}; a line that names no page this person may see is
     * refused at the field with its number (a page hidden from them is named as one that does not exist).
     */
    private Set<NewsLink> linksOf(NewsForm form, Set<NewsLink> kept, HarambeeUser user, Locale locale) {
        List<String> lines = form.relatedLines();
        if (lines.size() > NewsForm.MAX_RELATED) {
            throw new Refusal("related", "news.item.tooManyRelated", NewsForm.MAX_RELATED);
        }
        Set<NewsLink> links = new LinkedHashSet<>(kept);
        for (int line = 0; line < lines.size(); line++) {
            Optional<RelatedPage> page = related.at(lines.get(line), user, locale);
            if (page.isEmpty()) {
                throw new Refusal("related", "news.item.unknownRelated", line + 1);
            }
            links.add(new NewsLink(page.get().subject(), page.get().id()));
        }
        return links;
    }

    /** The item, if this person may read it. */
    @Transactional(readOnly = true)
    public NewsItem readable(Long id, HarambeeUser user) {
        NewsReader reader = NewsReader.of(user);
        return items.findById(id).filter(item -> item.visibleTo(reader)).orElseThrow(UnknownNewsException::new);
    }

    /** The item, if this person may change it: unknown when they may not read it, refused when they may not change. */
    @Transactional(readOnly = true)
    public NewsItem changeable(Long id, HarambeeUser user) {
        NewsItem item = readable(id, user);
        if (!item.changeableBy(NewsReader.of(user))) {
            throw new AccessDeniedException("news.write.notYours");
        }
        return item;
    }

    /** The pages the item names that this reader may see. */
    @Transactional(readOnly = true)
    public List<RelatedPage> relatedTo(NewsItem item, HarambeeUser user, Locale locale) {
        Map<Subject, List<Long>> bySubject = new EnumMap<>(Subject.class);
        item.links().forEach(link -> bySubject.computeIfAbsent(link.subject(), subject -> new ArrayList<>())
                .add(link.targetId()));
        return related.seenBy(bySubject, user, locale);
    }

    /** The addresses of the pages the item names that this person may see, one per line (for the form). */
    @Transactional(readOnly = true)
    public String relatedLines(NewsItem item, HarambeeUser user, Locale locale) {
        return relatedTo(item, user, locale).stream().map(RelatedPage::address).collect(Collectors.joining("\n"));
    }

    /** The form showing the item as it is, for this person to change. */
    @Transactional(readOnly = true)
    public NewsForm formOf(NewsItem item, HarambeeUser user, Locale locale) {
        NewsForm form = new NewsForm();
        form.setKind(item.kind());
        form.setTitleEn(item.titleEn());
        form.setTitleEs(item.titleEs());
        form.setBodyEn(item.bodyEn());
        form.setBodyEs(item.bodyEs());
        form.setVisibility(item.visibility());
        form.setIssueAreas(new ArrayList<>(item.issueAreas()));
        form.setRights(new ArrayList<>(item.rights()));
        form.setRelated(relatedLines(item, user, locale));
        form.setActionDeadline(item.actionDeadline());
        form.setActionText(item.actionText());
        form.setActionLink(item.actionLink());
        return form;
    }

    /** Staff publish a submitted item. */
    public void publish(Long id, HarambeeUser staff) {
        requireStaff(staff);
        NewsItem item = readable(id, staff);
        item.publish(staff.accountId(), clock.instant());
        auditLog.record("news.published", "news " + id, item.title(Locale.ENGLISH));
        announce(item);
    }

    /** Tells whoever hears of new items at once, once this change commits, of an item just published. */
    private void announce(NewsItem item) {
        if (item.status() == NewsStatus.PUBLISHED) {
            events.publishEvent(new ItemPublished(Subject.NEWS, item.id(), NewsThings.thing(item, Locale.ENGLISH)));
        }
    }

    /** Staff decline a submitted item with a reason its author reads. */
    public void decline(Long id, String reason, HarambeeUser staff) {
        requireStaff(staff);
        NewsItem item = readable(id, staff);
        item.decline(staff.accountId(), reason);
        auditLog.record("news.declined", "news " + id, item.title(Locale.ENGLISH));
    }

    private static void requireStaff(HarambeeUser user) {
        if (user == null || !user.isStaff()) {
            throw new AccessDeniedException("news.review.staffOnly");
        }
    }

    /** What waits for staff, oldest first. */
    @Transactional(readOnly = true)
    public List<NewsItem> waiting(HarambeeUser staff) {
        requireStaff(staff);
        return items.findByStatusOrderBySubmittedAtAsc(NewsStatus.SUBMITTED);
    }

    /** How many items wait for staff. */
    @Transactional(readOnly = true)
    public long waitingCount() {
        return items.countByStatus(NewsStatus.SUBMITTED);
    }

    /** What this person wrote, newest first. */
    @Transactional(readOnly = true)
    public List<NewsItem> writtenBy(HarambeeUser user) {
        return user == null ? List.of() : items.findBySubmittedByOrderBySubmittedAtDesc(user.accountId());
    }

    /** The published alerts this reader may read whose deadline has not passed, soonest first. */
    @Transactional(readOnly = true)
    public List<NewsItem> openAlerts(HarambeeUser user, int limit) {
        return items.openAlerts(today(), NewsReader.of(user).member(), PageRequest.of(0, limit));
    }

    /** The day it is where the network is. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(installation.timeZone()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> of(Subject subject, long id, HarambeeUser reader, Locale locale, int limit) {
        return items.mentioning(subject, id, NewsReader.of(reader).member(), PageRequest.of(0, limit)).stream()
                .map(item -> new Mention(item.title(locale), "/news/" + item.id(),
                        item.publishedAt().atZone(installation.timeZone()).toLocalDate(),
                        "news.kind." + item.kind().name()))
                .toList();
    }
}
