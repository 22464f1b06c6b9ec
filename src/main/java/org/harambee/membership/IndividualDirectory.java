package org.harambee.membership;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual members as other members find them: only active ones who chose to be listed for members, only by
 * members, and of each only the details they show members. Searching never matches a detail the person keeps
 * for staff.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class IndividualDirectory {

    public static final int PAGE_SIZE = 25;

    private final IndividualMembers individuals;
    private final Taxonomy taxonomy;

    IndividualDirectory(IndividualMembers individuals, Taxonomy taxonomy) {
        this.individuals = individuals;
        this.taxonomy = taxonomy;
    }

    /**
     * A page of listed individual members matching {@code text} (name, or affiliation or city where shown), in
     * {@code stateCode} and working on the issue area {@code issueSlug} (each null for any).
     */
    public Page<IndividualListing> find(HarambeeUser user, String text, String stateCode, String issueSlug, int page) {
        if (!new Viewer(user).member()) {
            throw new AccessDeniedException("Only members see individual members");
        }
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "")) + "%";
        String state = stateCode == null || stateCode.isBlank() ? null : stateCode.strip().toUpperCase(Locale.ROOT);
        Long area = issueSlug == null || issueSlug.isBlank() ? null
                : taxonomy.issueArea(issueSlug.strip()).map(IssueArea::id).orElse(-1L);
        Visibility clearance = Visibility.MEMBERS;
        Map<String, String> states = taxonomy.states().stream().collect(Collectors.toMap(UsState::code, UsState::name));
        List<IssueArea> areas = taxonomy.allIssueAreas();
        return individuals.findListed(pattern, state == null, state == null ? "" : state, area == null,
                        area == null ? -1L : area, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("name", "id")))
                .map(m -> {
                    boolean location = m.locationVisibility().shownTo(clearance);
                    return new IndividualListing(m.name(), location ? m.city() : null,
                            location ? states.get(m.stateCode()) : null,
                            m.affiliationVisibility().shownTo(clearance) ? m.affiliation() : null,
                            m.emailVisibility().shownTo(clearance) ? m.email() : null,
                            areas.stream().filter(a -> m.issueAreas().contains(a.id())).toList());
                });
    }
}
