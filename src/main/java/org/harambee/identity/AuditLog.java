package org.harambee.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sensitive actions. The actor is the signed-in person (or "system" for scheduled jobs);
 * an entry joins the caller's transaction, so a change that rolls back leaves no entry. An action on a working
 * group's matters names the group ({@link #recordAboutGroup}), so that readers to whom the group is closed see only
 * that something happened on a private group.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class AuditLog {

    private final AuditEntries entries;
    private final Clock clock;
    private final EntityManager entityManager;

    AuditLog(AuditEntries entries, Clock clock, EntityManager entityManager) {
        this.entries = entries;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subject, String details) {
        recordAs(currentActor(), action, subject, details);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String subject, String details) {
        save(actor, action, subject, details, remoteAddress(), null, false);
    }

    /**
     * Records an action on the working group {@code groupId} (null: of no group) that those who may know the group
     * may read of: the group itself, who takes part, its open statements, its adoptions.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAboutGroup(Long groupId, String action, String subject, String details) {
        save(currentActor(), action, subject, details, remoteAddress(), groupId, false);
    }

    /**
     * Records an action on the participants-only matters of the working group {@code groupId} (null: of no group):
     * its tasks, meetings, discussions not opened to readers outside, draft statements. Only those taking part read
     * the entry.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordForParticipants(Long groupId, String action, String subject, String details) {
        save(currentActor(), action, subject, details, remoteAddress(), groupId, groupId != null);
    }

    /** Records an action requested from this client address, off the request's own thread. */
    @Transactional(propagation = Propagation.REQUIRED)
    void recordFrom(String clientAddress, String actor, String action, String subject, String details) {
        save(actor, action, subject, details, truncate(clientAddress, 64), null, false);
    }

    private void save(String actor, String action, String subject, String details, String address, Long groupId,
            boolean participantsOnly) {
        entries.save(new AuditEntry(clock.instant(), truncate(actor, 254), action, truncate(subject, 300),
                truncate(details, 2000), address, groupId, participantsOnly));
    }

    /**
     * Entries matching the filter, newest first. Entries hidden from the reader ({@link GroupsOfReader#hides}) never
     * match a search by action or actor (that would tell who acted, or what happened, in a group); a listing by date
     * shows them, as {@link AuditRow} masks them.
     */
    @Transactional(readOnly = true)
    Page<AuditEntry> search(AuditFilter filter, GroupsOfReader groups, int size) {
        Specification<AuditEntry> matching = (entry, query, criteria) -> {
            List<Predicate> conditions = new ArrayList<>();
            boolean byAction = filter.getAction() != null && !filter.getAction().isBlank();
            boolean byActor = filter.getActor() != null && !filter.getActor().isBlank();
            if (byAction) {
                conditions.add(criteria.equal(entry.get("action"), filter.getAction().strip()));
            }
            if (byActor) {
                conditions.add(criteria.like(criteria.lower(entry.get("actor")), "%" + escaped(filter.getActor()) + "%", '\\'));
            }
            if (byAction || byActor) {
                conditions.add(groups.shows(entry, criteria));
            }
            if (filter.getFrom() != null) {
                conditions.add(criteria.greaterThanOrEqualTo(entry.get("occurredAt"),
                        filter.getFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (filter.getTo() != null) {
                conditions.add(criteria.lessThan(entry.get("occurredAt"),
                        filter.getTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
        return entries.findAll(matching, PageRequest.of(Math.max(filter.getPage(), 0), size,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
    }

    /**
     * The actions recorded so far that this reader may read somewhere, for the filter: an action done only in groups
     * closed to them is not offered (it would tell what happened there).
     */
    @Transactional(readOnly = true)
    List<String> actions(GroupsOfReader groups) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<String> query = criteria.createQuery(String.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry.get("action")).distinct(true).where(groups.shows(entry, criteria))
                .orderBy(criteria.asc(entry.get("action")));
        return entityManager.createQuery(query).getResultList();
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return RequestContextHolder.getRequestAttributes() == null ? "system" : "visitor";
        }
        return authentication.getName();
    }

    private static String escaped(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
