package org.harambee.directory;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.Audience;
import org.harambee.membership.Capacity;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationView;
import org.harambee.membership.OrganizationView.PersonView;
import org.harambee.site.Installation;
import org.harambee.site.SpreadsheetCells;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.membership.OrganizationId;
import org.springframework.stereotype.Service;

/**
 * The directory as a spreadsheet: every organization the query finds for the person exporting, with the
 * fields they may see (members: members' details and contacts cleared for members; staff: everything).
 * Cells that a spreadsheet would run as a formula are neutralized; each export is in the audit log.
 */
@Service
class DirectoryExport {

    /** The most organizations one export holds. */
    static final int MAX_ROWS = 200_000;
    private static final int BATCH = 250;

    static final List<String> PUBLIC_COLUMNS = List.of("name", "profile", "type", "city", "state", "country",
            "website", "issue_areas", "rights", "languages", "communities_served", "grassroots",
            "led_by_directly_affected", "founding_member", "member_since", "offers", "needs");
    static final List<String> MEMBER_COLUMNS = List.of("zip", "budget", "staff_size", "contact_name",
            "contact_title", "contact_email", "contact_phone");
    static final List<String> STAFF_COLUMNS = List.of("status", "renewal_date", "listed_publicly");

    private final DirectorySearch search;
    private final OrganizationAccess profiles;
    private final AuditLog auditLog;
    private final String baseUrl;

    DirectoryExport(DirectorySearch search, OrganizationAccess profiles, AuditLog auditLog,
            Installation installation) {
        this.search = search;
        this.profiles = profiles;
        this.auditLog = auditLog;
        this.baseUrl = installation.address();
    }

    /** Writes the export of {@code query} for {@code user} and returns how many organizations it holds. */
    int write(DirectoryQuery query, HarambeeUser user, Writer out) throws IOException {
        Audience audience = Audience.of(user);
        List<Long> ids = search.ids(query, audience, MAX_ROWS);
        List<String> columns = columns(audience);
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(columns);
        int rows = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (OrganizationView organization : profiles.profiles(OrganizationId.all(ids.subList(from,
                    Math.min(ids.size(), from + BATCH))), user)) {
                csv.printRecord(row(organization, audience).stream().map(SpreadsheetCells::neutralized).toList());
                rows++;
            }
        }
        csv.flush();
        auditLog.record("directory.exported", query.href(DirectoryPages.PATH), rows + " organizations");
        return rows;
    }

    static List<String> columns(Audience audience) {
        List<String> columns = new ArrayList<>(PUBLIC_COLUMNS);
        if (audience != Audience.VISITOR) {
            columns.addAll(MEMBER_COLUMNS);
        }
        if (audience == Audience.STAFF) {
            columns.addAll(STAFF_COLUMNS);
        }
        return columns;
    }

    private List<String> row(OrganizationView o, Audience audience) {
        List<String> row = new ArrayList<>(List.of(o.name(), baseUrl + "/organizations/" + o.slug(), o.type().name(),
                o.city(), text(o.stateCode()), text(o.country()), text(o.website()),
                o.issueAreas().stream().map(IssueArea::slug).collect(Collectors.joining("; ")),
                o.rights().stream().map(right -> String.valueOf(right.article())).collect(Collectors.joining("; ")),
                String.join("; ", o.languages()), text(o.communitiesServed()), yes(o.grassroots()),
                yes(o.ledByDirectlyAffected()), yes(o.foundingMember()), text(o.memberSince()),
                o.offers().stream().map(Capacity::name).collect(Collectors.joining("; ")),
                o.needs().stream().map(Capacity::name).collect(Collectors.joining("; "))));
        if (audience != Audience.VISITOR) {
            PersonView contact = o.people().stream().filter(PersonView::primaryContact).findFirst()
                    .orElse(o.people().isEmpty() ? null : o.people().get(0));
            row.addAll(List.of(text(o.zip()), o.budget() == null ? "" : o.budget().name(),
                    o.staffSize() == null ? "" : o.staffSize().name(),
                    contact == null ? "" : text(contact.name()), contact == null ? "" : text(contact.title()),
                    contact == null ? "" : text(contact.email()), contact == null ? "" : text(contact.phone())));
        }
        if (audience == Audience.STAFF) {
            row.addAll(List.of(o.status() == null ? "" : o.status().name(), text(o.renewalDate()),
                    o.listedPublicly() == null ? "" : yes(o.listedPublicly())));
        }
        return row;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    /** The file name of an export made on {@code date}. */
    static String fileName(java.time.LocalDate date) {
        return "directory-" + date + ".csv";
    }
}
