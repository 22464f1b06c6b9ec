package org.harambee.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.events.EventSeeding;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.news.NewsForm;
import org.harambee.news.NewsKind;
import org.harambee.news.NewsSeeding;
import org.harambee.news.NewsVisibility;
import org.harambee.site.Installation;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupRoster;
import org.harambee.workinggroups.GroupSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo network's news, seeded once after its events: news, a member story its representative submitted and
 * staff published, another still waiting for review, a members-only item, a Spanish-only item, and action alerts
 * (two open, one closed) linking to the demo's events, groups and organizations.
 */
@Component
@Order(8)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoNews implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

    private final DemoAccounts demoAccounts;
    private final NewsSeeding news;
    private final EventSeeding events;
    private final GroupRoster groups;
    private final OrganizationAccess organizations;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final Installation installation;

    DemoNews(DemoAccounts demoAccounts, NewsSeeding news, EventSeeding events, GroupRoster groups,
            OrganizationAccess organizations, Taxonomy taxonomy, Clock clock, Installation installation) {
        this.demoAccounts = demoAccounts;
        this.news = news;
        this.events = events;
        this.groups = groups;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.installation = installation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (news.hasNews()) {
            return;
        }
        HarambeeUser staff = demoAccounts.user(Role.STAFF);
        HarambeeUser representative = demoAccounts.user(Role.REPRESENTATIVE);
        LocalDate today = LocalDate.ofInstant(clock.instant(), installation.timeZone());
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        Map<String, String> groupPages = groups.knownTo(staff).stream()
                .collect(Collectors.toMap(GroupSummary::name, group -> "/groups/" + group.slug()));
        List<String> training = events.slugTitled("Using the UPR at home: a training for organizers")
                .map(slug -> List.of("/events/" + slug)).orElse(List.of());
        List<String> ownPage = organizations.representedBy(representative).stream().findFirst()
                .map(MemberOrganization::slug).map(slug -> List.of("/organizations/" + slug)).orElse(List.of());

        NewsForm closed = item(NewsKind.ALERT, "Comment on the new immigration detention standards", "Comente las"
                + " nuevas normas de detención migratoria", "The comment period on the detention standards is open."
                + " Tell the department what **conditions in detention** mean for the people you serve.", areas, 2,
                List.of(25));
        closed.setBodyEs("El período de comentarios sobre las normas de detención está abierto. Diga al"
                + " departamento qué significan las **condiciones de detención** para las personas que usted atiende.");
        alert(closed, today.minusDays(10), "Send a comment", "https://www.regulations.gov");
        news.write(closed, staff);
        NewsForm report = item(NewsKind.NEWS, "The network submits its shadow report for the next review", "La red"
                + " presenta su informe sombra para el próximo examen", "Forty member organizations wrote the chapters"
                + " of the shadow report together.\n\n- Housing and health care\n- Criminal legal system\n-"
                + " Immigration", areas, 3, List.of(25, 9));
        report.setBodyEs("Cuarenta organizaciones miembro escribieron juntas los capítulos del informe sombra.\n\n-"
                + " Vivienda y salud\n- Sistema penal\n- Inmigración");
        report.setRelated(String.join("\n", groupPages.values().stream().sorted().limit(1).toList()));
        news.write(report, staff);
        NewsForm register = item(NewsKind.ALERT, "Register for the UPR training in Atlanta", "Inscríbase en la"
                + " capacitación sobre el EPU en Atlanta", "Seats are limited. Organizers learn to use the"
                + " recommendations their communities care about in local campaigns.", areas, 1, List.of(26));
        register.setBodyEs("Las plazas son limitadas. Los organizadores aprenden a usar en campañas locales las"
                + " recomendaciones que importan a sus comunidades.");
        alert(register, today.plusDays(14), "Register now", training.isEmpty() ? "/events" : training.get(0));
        register.setRelated(String.join("\n", training));
        news.write(register, staff);
        NewsForm health = item(NewsKind.ALERT, "Tell Congress: fund language access in health care", "Dígale al"
                + " Congreso: financie el acceso lingüístico en la salud", "Interpreters save lives. Call or write"
                + " to your representative this week.", areas, 5, List.of(25));
        health.setBodyEs("Los intérpretes salvan vidas. Llame o escriba a su representante esta semana.");
        alert(health, today.plusDays(6), "Find your representative",
                "https://www.house.gov/representatives/find-your-representative");
        news.write(health, staff);
        NewsForm story = item(NewsKind.STORY, "How a tenant union used the right to housing", "Cómo un sindicato de"
                + " inquilinos usó el derecho a la vivienda", "Our members documented every eviction notice for a"
                + " year, then brought the UN recommendations on housing to the city council.", areas, 4,
                List.of(25, 17));
        story.setBodyEs("Nuestros miembros documentaron cada aviso de desalojo durante un año y luego llevaron al"
                + " concejo municipal las recomendaciones de la ONU sobre vivienda.");
        story.setRelated(String.join("\n", ownPage));
        news.publish(news.write(story, representative), staff);
        NewsForm members = item(NewsKind.NEWS, "What members need to know before the assembly", "Lo que los miembros"
                + " deben saber antes de la asamblea", "Dues in good standing, delegates and proxies: a short"
                + " guide for member organizations.", areas, 0, List.of(20, 21));
        members.setBodyEs("Cuotas al día, delegados y poderes: una guía breve para las organizaciones miembro.");
        members.setVisibility(NewsVisibility.MEMBERS);
        news.write(members, staff);
        NewsForm spanish = item(NewsKind.STORY, null, "Trabajadores del campo ganan agua potable y sombra", null,
                areas, 6, List.of(23));
        spanish.setBodyEs("Después de dos años de organización, los trabajadores agrícolas del valle lograron agua"
                + " potable y sombra en cada campo.");
        news.write(spanish, staff);
        NewsForm waiting = item(NewsKind.STORY, "Youth organizers bring the UPR to their school board", "Jóvenes"
                + " organizadores llevan el EPU a su junta escolar", "Students presented three recommendations on"
                + " education to the school board, which agreed to study them.", areas, 7, List.of(26));
        waiting.setBodyEs("Los estudiantes presentaron a la junta escolar tres recomendaciones sobre educación, y la"
                + " junta aceptó estudiarlas.");
        waiting.setRelated(String.join("\n", ownPage));
        news.write(waiting, representative);
        log.info("Demo news seeded: news, stories and action alerts, one story waiting for review");
    }

    private static void alert(NewsForm form, LocalDate deadline, String action, String link) {
        form.setActionDeadline(deadline);
        form.setActionText(action);
        form.setActionLink(link);
    }

    private static NewsForm item(NewsKind kind, String titleEn, String titleEs, String bodyEn, List<IssueArea> areas,
            int area, List<Integer> rights) {
        NewsForm form = new NewsForm();
        form.setKind(kind);
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setBodyEn(bodyEn);
        if (!areas.isEmpty()) {
            form.setIssueAreas(new ArrayList<>(List.of(areas.get(area % areas.size()).id())));
        }
        form.setRights(new ArrayList<>(rights));
        return form;
    }
}
