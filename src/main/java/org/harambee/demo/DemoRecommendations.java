package org.harambee.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.harambee.accountability.AssessmentDraft;
import org.harambee.accountability.AssessmentStatus;
import org.harambee.accountability.AssessmentVisibility;
import org.harambee.accountability.FollowUp;
import org.harambee.accountability.ImportSummary;
import org.harambee.accountability.RecommendationView;
import org.harambee.accountability.ReviewCalendar;
import org.harambee.accountability.ReviewMechanism;
import org.harambee.accountability.ReviewPlan;
import org.harambee.accountability.TrackerSeeding;
import org.harambee.accountability.UprImporter;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.OrganizationAccess;
import org.harambee.site.Installation;
import org.harambee.workinggroups.GroupRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The real recommendations the United States received in its first Universal Periodic Review (session 9, November
 * 2010: 280 of them), once, after the demo working groups; the demo representative's organization follows three on
 * migrants up and the UPR task force two on housing, with assessments, so the tracker's dashboard is not empty; and
 * two reviews coming, with their submission deadlines.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoRecommendations implements ApplicationRunner {

    static final String FILE = "/demo/upr-united-states-session-9.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoRecommendations.class);

    private final UprImporter importer;
    private final FollowUp followUp;
    private final TrackerSeeding tracker;
    private final ReviewCalendar calendar;
    private final DemoAccounts demoAccounts;
    private final OrganizationAccess organizations;
    private final GroupRoster groups;
    private final Clock clock;
    private final ZoneId zone;

    DemoRecommendations(UprImporter importer, FollowUp followUp, TrackerSeeding tracker, ReviewCalendar calendar, DemoAccounts demoAccounts,
            OrganizationAccess organizations, GroupRoster groups, Clock clock,
            Installation installation) {
        this.importer = importer;
        this.followUp = followUp;
        this.tracker = tracker;
        this.calendar = calendar;
        this.demoAccounts = demoAccounts;
        this.organizations = organizations;
        this.groups = groups;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tracker.hasRecommendations()) {
            return;
        }
        ImportSummary summary;
        try (InputStream file = DemoRecommendations.class.getResourceAsStream(FILE)) {
            summary = importer.importFile("upr-united-states-session-9.csv", file.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        HarambeeUser staff = demoAccounts.user(Role.STAFF);
        HarambeeUser representative = demoAccounts.user(Role.REPRESENTATIVE);
        List<RecommendationView> all = followUp.standings(staff).stream().map(FollowUp.Standing::recommendation)
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        organizations.representedBy(representative).stream().findFirst().ifPresent(organization -> {
            String key = "organization-" + organization.id();
            List<RecommendationView> migrants = all.stream().filter(r -> r.issues().contains("Migrants")).limit(3)
                    .toList();
            for (int i = 0; i < migrants.size(); i++) {
                var adoption = followUp.adopt(migrants.get(i).id(), key, representative);
                followUp.assess(adoption.id(), new AssessmentDraft(i == 0 ? AssessmentStatus.PARTIALLY_IMPLEMENTED
                        : AssessmentStatus.NOT_IMPLEMENTED, today.minusMonths(2 + i),
                        "Our legal clinic's intake records from three detention facilities show no change in access "
                                + "to counsel since the review.", List.of(), Set.of(),
                        i == 2 ? AssessmentVisibility.MEMBERS : AssessmentVisibility.PUBLIC), representative);
            }
        });
        groups.convenedBy(staff).stream().filter(group -> group.name().startsWith("UPR")).findFirst()
                .ifPresent(taskForce -> all.stream().filter(r -> r.issues().contains("Right to housing")).limit(2)
                        .forEach(r -> {
                            var adoption = followUp.adopt(r.id(), "group-" + taskForce.id(), staff);
                            followUp.assess(adoption.id(), new AssessmentDraft(AssessmentStatus.REGRESSED,
                                    today.minusMonths(1), "Evictions rose in the cities our members work in; see the "
                                            + "housing report in the library.", List.of(), Set.of(),
                                    AssessmentVisibility.PUBLIC), staff);
                        }));
        Long taskForceId = groups.convenedBy(staff).stream().filter(group -> group.name().startsWith("UPR"))
                .map(group -> group.id()).findFirst().orElse(null);
        calendar.create(new ReviewPlan(ReviewMechanism.UPR, "Universal Periodic Review of the United States",
                today.plusDays(75), today.plusDays(75), today.plusDays(28), taskForceId,
                "Joint stakeholder submission coordinated by the UPR Follow-up Task Force."), staff);
        calendar.create(new ReviewPlan(ReviewMechanism.CERD, "Periodic report of the United States",
                today.plusDays(120), today.plusDays(121), today.plusDays(90), null,
                "Shadow report on racial discrimination in policing and housing."), staff);
        log.info("Demo recommendations and reviews seeded: {}", summary.line());
    }

}
