package org.harambee.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.OrganizationAccess;
import org.harambee.site.Installation;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupDiscussions;
import org.harambee.workinggroups.GroupDraft;
import org.harambee.workinggroups.GroupKind;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupVisibility;
import org.harambee.workinggroups.GroupWork;
import org.harambee.workinggroups.JoiningRule;
import org.harambee.workinggroups.MeetingPlan;
import org.harambee.workinggroups.ThreadListing;
import org.harambee.workinggroups.WorkingGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo working groups, once, after the demo network: a public immigrant rights caucus with discussions (one thread
 * open to readers outside), a members-only UPR follow-up task force with tasks and a meeting, and the caucus's
 * statements from {@link DemoStatements}. The demo staff, representative and member accounts take part, so each role sees them.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);

    private final DemoAccounts demoAccounts;
    private final WorkingGroups groups;
    private final GroupDiscussions discussions;
    private final GroupWork work;
    private final OrganizationAccess organizations;
    private final Taxonomy taxonomy;
    private final DemoStatements statements;
    private final Clock clock;
    private final ZoneId zone;

    DemoGroups(DemoAccounts demoAccounts, WorkingGroups groups, GroupDiscussions discussions,
            GroupWork work, OrganizationAccess organizations, Taxonomy taxonomy,
            DemoStatements statements, Clock clock, Installation installation) {
        this.demoAccounts = demoAccounts;
        this.groups = groups;
        this.discussions = discussions;
        this.work = work;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.statements = statements;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!groups.isEmpty()) {
            return;
        }
        HarambeeUser staff = demoAccounts.user(Role.STAFF);
        HarambeeUser representative = demoAccounts.user(Role.REPRESENTATIVE);
        HarambeeUser member = demoAccounts.user(Role.MEMBER);

        GroupSummary caucus = groups.create(new GroupDraft("Immigrant Rights Caucus",
                "Organizations and members working on immigration detention, due process and the rights of migrant "
                        + "workers. We coordinate shadow reporting to the UN and joint statements.",
                GroupKind.CAUCUS, GroupVisibility.PUBLIC, JoiningRule.OPEN, areas("immigration", "labor"),
                Set.of(13, 14, 9, 23)), staff);
        organizations.representedBy(representative).stream().findFirst()
                .ifPresent(organization -> groups.join(caucus.slug(), organization.id(), representative));
        groups.join(caucus.slug(), null, member);
        ThreadListing shadow = discussions.start(caucus.slug(), "Shadow report on detention: who drafts which section?",
                "The next review of the United States is coming. Let us split the detention section:\n\n"
                        + "1. Conditions and medical care\n2. Access to counsel\n3. Children and families\n\n"
                        + "Reply with the part your organization can take. Background: the UPR recommendations on "
                        + "migrants in [the library](/library).", true, staff);
        discussions.reply(caucus.slug(), shadow.id(), "We can take **access to counsel**; our legal clinic has "
                + "intake data from three facilities.", representative);
        discussions.reply(caucus.slug(), shadow.id(), "I can help with *children and families* and translate the "
                + "summary into Spanish.", member);
        discussions.start(caucus.slug(), "Safety when sharing case stories",
                "Before we quote anyone, we ask for consent in writing and remove names and places. This thread stays "
                        + "inside the caucus.", false, staff);

        GroupSummary taskForce = groups.create(new GroupDraft("UPR Follow-up Task Force",
                "Tracks what the United States does with the recommendations it accepted, and prepares the "
                        + "mid-term report of civil society.", GroupKind.TASK_FORCE, GroupVisibility.MEMBERS,
                JoiningRule.BY_REQUEST, areas("criminal-justice", "housing"), Set.of(7, 25)), staff);
        groups.join(taskForce.slug(), null, member);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        work.addTask(taskForce.slug(), "Draft the mid-term report outline", null, today.plusDays(14), staff);
        work.addTask(taskForce.slug(), "Collect evidence on accepted housing recommendations", null,
                today.plusDays(30), staff);
        work.schedule(taskForce.slug(), new MeetingPlan("Monthly call",
                ZonedDateTime.of(today.plusDays(7), LocalTime.of(14, 0), zone), 60, null,
                "https://meet.example.org/upr-task-force", "1. Where each recommendation stands\n2. Mid-term report"),
                staff);
        statements.seed(staff, caucus.id());
        log.info("Demo working groups and statements seeded");
    }


    private Set<Long> areas(String... slugs) {
        return java.util.Arrays.stream(slugs).map(taxonomy::issueArea).flatMap(java.util.Optional::stream)
                .map(IssueArea::id).collect(java.util.stream.Collectors.toSet());
    }
}
