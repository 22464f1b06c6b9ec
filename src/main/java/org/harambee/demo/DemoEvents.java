package org.harambee.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.events.EventForm;
import org.harambee.events.EventKind;
import org.harambee.events.EventLanguage;
import org.harambee.events.EventSeeding;
import org.harambee.events.EventVisibility;
import org.harambee.events.RegistrationForm;
import org.harambee.events.TicketTypeForm;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
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
 * The demo network's events: a national convening last spring, and, coming, a training on using the UPR at home
 * with few seats, an online webinar, a members-only consultation for the next review and a day of action. Seeded
 * once, when there is no event yet.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final DemoAccounts demoAccounts;
    private final EventSeeding events;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final Installation installation;
    private final GroupRoster groups;

    DemoEvents(DemoAccounts demoAccounts, EventSeeding events, Taxonomy taxonomy, Clock clock,
            Installation installation, GroupRoster groups) {
        this.groups = groups;
        this.demoAccounts = demoAccounts;
        this.events = events;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.installation = installation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.hasEvents()) {
            return;
        }
        HarambeeUser staffMember = demoAccounts.user(Role.STAFF);
        UUID staff = staffMember.accountId();
        Map<String, Long> groups = this.groups.knownTo(staffMember).stream()
                .collect(Collectors.toMap(GroupSummary::name, GroupSummary::id));
        LocalDate today = LocalDate.ofInstant(clock.instant(), installation.timeZone());
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        events.describe(event("National convening on human rights at home", "Encuentro nacional sobre derechos humanos"
                + " en casa", EventKind.CONFERENCE, today.minusDays(200), 2, "America/Chicago",
                "Union hall, Chicago, IL", null, 300, EventVisibility.PUBLIC, areas, 0, EventLanguage.EN_ES), staff);
        events.describe(hostedBy(groups.get("Immigrant Rights Caucus"), event("Webinar: the right to health care for"
                + " immigrant families", "Seminario web: el derecho a la salud de las familias inmigrantes",
                EventKind.WEBINAR, today.minusDays(40), 1, "America/Los_Angeles", null,
                "https://meet.example.org/health", null, EventVisibility.PUBLIC, areas, 5, EventLanguage.ES)), staff);
        events.describe(hostedBy(groups.get("UPR Follow-up Task Force"), event("Task force working session: the"
                + " mid-term report", "Sesión de trabajo del grupo: el informe de mitad de período",
                EventKind.CONSULTATION, today.plusDays(16), 1, "America/New_York", null,
                "https://meet.example.org/task-force-session", 25, EventVisibility.GROUP, areas, 7, EventLanguage.EN)),
                staff);
        String training = events.describe(visitorsWelcome(event("Using the UPR at home: a training for organizers",
                "Usar el EPU en casa: capacitación para organizadores", EventKind.TRAINING, today.plusDays(21), 1,
                "America/New_York", "Community center, Atlanta, GA", null, 12, EventVisibility.PUBLIC, areas, 1,
                EventLanguage.EN)), staff);
        RegistrationForm interpretation = new RegistrationForm();
        interpretation.setInterpretation("Spanish");
        events.register(training, new RegistrationForm(), demoAccounts.user(Role.REPRESENTATIVE));
        events.register(training, interpretation, demoAccounts.user(Role.MEMBER));
        events.describe(visitorsWelcome(event("Webinar: shadow reports to the Human Rights Committee", "Seminario web:"
                + " informes sombra al Comité de Derechos Humanos", EventKind.WEBINAR, today.plusDays(9), 1,
                "America/New_York", null, "https://meet.example.org/shadow-reports", null, EventVisibility.PUBLIC,
                areas, 2, EventLanguage.EN)), staff);
        EventForm consultation = event("Members' consultation for the next Universal Periodic Review", "Consulta de"
                + " miembros para el próximo Examen Periódico Universal", EventKind.CONSULTATION, today.plusDays(35), 1,
                "America/Los_Angeles", "Library meeting room, Los Angeles, CA", "https://meet.example.org/upr",
                60, EventVisibility.MEMBERS, areas, 3, EventLanguage.EN_ES);
        consultation.setTicketTypes(List.of(ticket("Member delegate", "Delegado de miembro", 40),
                ticket("Observer", "Observador", 20)));
        events.describe(consultation, staff);
        events.describe(event("Day of action for housing as a human right", "Jornada de acción por la vivienda como"
                + " derecho humano", EventKind.ACTION, today.plusDays(50), 1, "America/Denver",
                "State capitol steps, Denver, CO", null, null, EventVisibility.PUBLIC, areas, 4, EventLanguage.EN_ES),
                staff);
        events.describe(event("Know your rights at work: a training for worker centers", "Conozca sus derechos en el"
                + " trabajo: capacitación para centros de trabajadores", EventKind.TRAINING, today.plusDays(12), 1,
                "America/Chicago", "Worker center, Houston, TX", "https://meet.example.org/labor", 40,
                EventVisibility.PUBLIC, areas, 6, EventLanguage.ES), staff);
        log.info("Demo events seeded: two past events and six coming events, two hosted by working groups");
    }

    private static EventForm visitorsWelcome(EventForm form) {
        form.setOpenToVisitors(true);
        return form;
    }

    private static TicketTypeForm ticket(String nameEn, String nameEs, int seats) {
        TicketTypeForm ticket = new TicketTypeForm();
        ticket.setNameEn(nameEn);
        ticket.setNameEs(nameEs);
        ticket.setCapacity(seats);
        return ticket;
    }

    /** The form, hosted by the group (when the demo has it). */
    private static EventForm hostedBy(Long group, EventForm form) {
        form.setGroupId(group);
        if (group == null && form.getVisibility() == EventVisibility.GROUP) {
            form.setVisibility(EventVisibility.MEMBERS);
        }
        return form;
    }

    private static EventForm event(String titleEn, String titleEs, EventKind kind, LocalDate day, int days,
            String zone, String place, String link, Integer seats, EventVisibility visibility, List<IssueArea> areas,
            int area, EventLanguage language) {
        EventForm form = new EventForm();
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setDescriptionEn("A gathering of the network's members and allies. **Bring** your questions, your"
                + " campaigns and the recommendations your community cares about.\n\n- Interpretation on request\n"
                + "- Step-free venue");
        form.setDescriptionEs("Un encuentro de los miembros y aliados de la red. **Traiga** sus preguntas, sus"
                + " campañas y las recomendaciones que importan a su comunidad.\n\n- Interpretación a pedido\n"
                + "- Lugar sin escalones");
        form.setKind(kind);
        form.setLanguage(language);
        form.setTimeZone(zone);
        LocalDateTime starts = day.atTime(LocalTime.of(10, 0));
        form.setStartsAt(starts);
        form.setEndsAt(day.plusDays(days - 1L).atTime(LocalTime.of(16, 0)));
        form.setPlace(place);
        form.setOnlineLink(link);
        form.setCapacity(seats);
        form.setVisibility(visibility);
        form.setRegistrationOpens(starts.minusDays(60));
        form.setRegistrationCloses(starts.minusDays(1));
        if (!areas.isEmpty()) {
            form.setIssueAreas(List.of(areas.get(area % areas.size()).id()));
        }
        return form;
    }
}
