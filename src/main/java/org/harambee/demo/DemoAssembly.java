package org.harambee.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.harambee.governance.AmendmentForm;
import org.harambee.governance.AssemblyForm;
import org.harambee.governance.AssemblySeeding;
import org.harambee.governance.QuorumRule;
import org.harambee.governance.ResolutionForm;
import org.harambee.governance.Threshold;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.Role;
import org.harambee.site.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo network's last general assembly, held two months ago in Chicago and online: the member organizations on
 * its roll, those that came and the proxies of some that did not, three resolutions (one amended on the floor, one
 * needing two thirds, one rejected) with their votes, and the minutes published a week later. Synthetic: invented
 * votes of invented organizations. Seeded once, when there is no assembly yet.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoAssembly implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssembly.class);
    private static final long SEED = 20041210L;

    private final DemoAccounts demoAccounts;
    private final AssemblySeeding assemblies;
    private final Clock clock;
    private final ZoneId zone;

    DemoAssembly(DemoAccounts demoAccounts, AssemblySeeding assemblies, Clock clock, Installation installation) {
        this.demoAccounts = demoAccounts;
        this.assemblies = assemblies;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (assemblies.hasAssemblies()) {
            return;
        }
        UUID officer = demoAccounts.createOnce().stream().filter(account -> account.role() == Role.ELECTION_OFFICER)
                .findFirst().orElseThrow().accountId();
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone).minusDays(60);
        AssemblyForm form = new AssemblyForm();
        form.setTitleEn("General Assembly " + day.getYear());
        form.setTitleEs("Asamblea General " + day.getYear());
        form.setAgendaEn("1. Welcome and check-in of delegates\n2. Report of the Coordinating Committee\n"
                + "3. Report of the treasurer\n4. Resolutions\n5. Closing");
        form.setAgendaEs("1. Bienvenida y acreditación de delegados\n2. Informe del Comité Coordinador\n"
                + "3. Informe de la tesorería\n4. Resoluciones\n5. Clausura");
        form.setStartsAt(day.atTime(LocalTime.of(10, 0)));
        form.setPlace("Community hall, 1500 W Roosevelt Rd, Chicago, IL");
        form.setOnlineLink("https://meet.example.org/harambee-general-assembly");
        form.setRecordDate(day.minusDays(15));
        form.setOrganizationsVote(true);
        form.setQuorumRule(QuorumRule.SHARE);
        form.setQuorumValue(25);
        form.setMaxProxies(2);
        form.setSeconders(1);
        form.setResolutionsClose(day.minusDays(7).atTime(LocalTime.of(17, 0)));
        String slug = assemblies.call(form, officer);

        Random random = new Random(SEED);
        List<Long> roll = new ArrayList<>(assemblies.onRoll(slug));
        if (roll.size() < 6) {
            return;
        }
        Collections.shuffle(roll, random);
        Set<Long> present = new LinkedHashSet<>(roll.subList(0, roll.size() * 2 / 5));
        List<Long> absent = roll.subList(present.size(), roll.size());
        List<Long> holders = new ArrayList<>(present);
        Map<Long, Long> proxies = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(12, absent.size()) && i / 2 < holders.size(); i++) {
            proxies.put(absent.get(i), holders.get(i / 2));
        }
        List<Long> represented = new ArrayList<>(present);
        represented.addAll(proxies.keySet());

        List<AssemblySeeding.PastResolution> resolutions = List.of(
                new AssemblySeeding.PastResolution(resolution(roll.get(0),
                        "Housing is a human right in every member city",
                        "La vivienda es un derecho humano en cada ciudad miembro",
                        "The network calls on every city where its members work to recognise adequate housing as a"
                                + " human right, and will support members' local campaigns to end homeless sweeps.",
                        "La red pide a cada ciudad donde trabajan sus miembros que reconozca la vivienda adecuada como"
                                + " un derecho humano, y apoyará las campañas locales para poner fin a los desalojos"
                                + " de campamentos."),
                        List.of(roll.get(1)), amendment(), Threshold.MAJORITY, answers(represented, 0.8, random)),
                new AssemblySeeding.PastResolution(resolution(roll.get(2),
                        "Sliding-scale dues for next year", "Cuotas escalonadas para el próximo año",
                        "The network adopts the sliding-scale dues schedule proposed by the treasurer, with waivers"
                                + " for any member that asks.",
                        "La red adopta la escala de cuotas propuesta por la tesorería, con exenciones para todo"
                                + " miembro que las pida."),
                        List.of(roll.get(3)), null, Threshold.TWO_THIRDS, answers(represented, 0.75, random)),
                new AssemblySeeding.PastResolution(resolution(roll.get(4),
                        "Hold future assemblies online only", "Celebrar las próximas asambleas solo en línea",
                        "The network holds its general assemblies online only, to save travel costs.",
                        "La red celebra sus asambleas generales solo en línea, para ahorrar gastos de viaje."),
                        List.of(roll.get(5)), null, Threshold.MAJORITY, answers(represented, 0.35, random)));
        assemblies.hold(slug, present, proxies, resolutions,
                "The assembly opened at 10:00 with a quorum. The Coordinating Committee and the treasurer reported."
                        + " Resolution 1 was amended to add tenants' unions and adopted; resolution 2 was adopted by"
                        + " more than two thirds; resolution 3 was rejected. The assembly closed at 12:30.",
                "La asamblea se abrió a las 10:00 con quórum. Informaron el Comité Coordinador y la tesorería. La"
                        + " resolución 1 se enmendó para añadir a los sindicatos de inquilinos y se aprobó; la"
                        + " resolución 2 se aprobó por más de dos tercios; la resolución 3 se rechazó. La asamblea se"
                        + " clausuró a las 12:30.",
                officer);
        log.info("Demo general assembly seeded: {} members on its roll, {} checked in, {} proxies", roll.size(),
                present.size(), proxies.size());
    }

    private static ResolutionForm resolution(Long member, String titleEn, String titleEs, String textEn,
            String textEs) {
        ResolutionForm form = new ResolutionForm();
        form.setMember(member);
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setTextEn(textEn);
        form.setTextEs(textEs);
        return form;
    }

    private static AmendmentForm amendment() {
        AmendmentForm form = new AmendmentForm();
        form.setSummary("Adds tenants' unions to the campaigns the network supports.");
        form.setMovedBy("A delegate from Chicago");
        form.setAdopted(true);
        form.setTextEn("The network calls on every city where its members work to recognise adequate housing as a"
                + " human right, and will support members' and tenants' unions' local campaigns to end homeless"
                + " sweeps.");
        form.setTextEs("La red pide a cada ciudad donde trabajan sus miembros que reconozca la vivienda adecuada como un"
                + " derecho humano, y apoyará las campañas locales de los miembros y de los sindicatos de inquilinos"
                + " para poner fin a los desalojos de campamentos.");
        return form;
    }

    /** Each represented member's answer: yes with this likelihood, otherwise no, or now and then an abstention. */
    private static Map<Long, String> answers(List<Long> represented, double yes, Random random) {
        Map<Long, String> answers = new LinkedHashMap<>();
        for (Long member : represented) {
            double draw = random.nextDouble();
            answers.put(member, draw < yes ? "YES" : draw < yes + (1 - yes) * 0.85 ? "NO" : "ABSTAIN");
        }
        return answers;
    }
}
