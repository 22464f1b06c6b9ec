package org.harambee.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.harambee.membership.Capacity;

/**
 * Plans a synthetic but plausible network: organizations with missions, people and addresses, and
 * individual members. Deterministic for a given seed, so every demo start looks the same. No real
 * organization or person: names are combinations, web sites and e-mail addresses use the reserved
 * example.org domain, phone numbers the fictional 555-01xx range.
 */
final class DemoNetworkPlan {

    static final LocalDate FOUNDED = LocalDate.of(2003, 12, 10);
    static final int FOUNDING_MEMBERS = 60;

    enum Standing { ACTIVE, LAPSED, SUSPENDED, WITHDRAWN, APPLICANT }

    record PlannedPerson(String name, String title, String email, String phone, String pronouns,
            boolean primary, boolean representative) {
    }

    record PlannedOrganization(String name, String mission, int type, int budgetBand, int staffBand, int yearFounded,
            String city, String state, String zip, String website, Set<String> languages, List<String> issueAreas,
            Set<Integer> rights, String communities, boolean grassroots, boolean directlyAffectedLed,
            boolean founding, LocalDate memberSince, Standing standing, boolean listedPublicly,
            List<PlannedPerson> people, String country, Set<Capacity> offers, Set<Capacity> needs,
            boolean openToPartners) {

        /** Whether this is an international ally (based outside the United States). */
        boolean international() {
            return country != null;
        }
    }

    record PlannedIndividual(String name, String email, String city, String state, List<String> issueAreas,
            String affiliation, Standing standing, LocalDate memberSince, boolean visibleToMembers) {
    }

    private static final Map<String, List<String>> THEMES = Map.ofEntries(
            Map.entry("criminal-justice", List.of("Justice Reinvestment", "Second Chances", "Court Watch", "Decarceration", "Freedom Families")),
            Map.entry("discrimination", List.of("Racial Equity", "Civil Rights", "Equal Justice", "Anti-Racism", "Fair Treatment")),
            Map.entry("health", List.of("Health Justice", "Community Health", "Care for All", "Healthy Communities")),
            Map.entry("immigration", List.of("Immigrant Dignity", "Newcomer Rights", "Migrant Justice", "Welcoming Communities", "Border Rights")),
            Map.entry("housing", List.of("Tenant Power", "Housing Justice", "Homes for All", "Fair Housing", "Right to Shelter")),
            Map.entry("labor", List.of("Worker Justice", "Fair Wages", "Day Laborer", "Domestic Workers", "Farmworker Rights")),
            Map.entry("education", List.of("Education Equity", "Schools Not Prisons", "Learning Justice", "Parent Power")),
            Map.entry("gender", List.of("Women's Rights", "Gender Justice", "Reproductive Justice", "Survivors' Rights")),
            Map.entry("children", List.of("Youth Justice", "Children's Rights", "Young Voices", "Youth Power")),
            Map.entry("disability", List.of("Disability Rights", "Access Justice", "Independent Living", "Disability Justice")),
            Map.entry("indigenous", List.of("Native Sovereignty", "Indigenous Rights", "Tribal Justice", "First Peoples")),
            Map.entry("environment", List.of("Environmental Justice", "Clean Water", "Climate Justice", "Healthy Land")),
            Map.entry("economic-justice", List.of("Economic Justice", "Poverty Law", "Fair Economy", "Basic Needs")),
            Map.entry("democracy", List.of("Voting Rights", "Democracy", "Civic Power", "Fair Elections")),
            Map.entry("international", List.of("Human Rights", "UN Advocacy", "Treaty Watch", "Global Rights")));

    private static final Map<String, String> MISSIONS = Map.ofEntries(
            Map.entry("criminal-justice", "We organize people who have been incarcerated and their families to end mass incarceration and abusive policing in %s, and to invest in what keeps communities safe."),
            Map.entry("discrimination", "We document racial discrimination in %s and use the International Convention on the Elimination of All Forms of Racial Discrimination to hold local and state government to account."),
            Map.entry("health", "We fight for health care as a human right in %s, from community clinics to state policy, so that no one goes without care because of cost, status or language."),
            Map.entry("immigration", "We defend the rights of immigrants and refugees in %s through know-your-rights trainings, rapid response to raids, and advocacy for humane policies."),
            Map.entry("housing", "We organize tenants and unhoused neighbors in %s for the right to adequate housing: stopping evictions, winning repairs and building permanently affordable homes."),
            Map.entry("labor", "We are a workers' center in %s organizing low-wage and immigrant workers to recover stolen wages, win safe workplaces and the freedom to form unions."),
            Map.entry("education", "We work with students and parents in %s for equal, well-funded public schools and an end to the school-to-prison pipeline."),
            Map.entry("gender", "We advance the rights of women and gender-expansive people in %s, ending gender-based violence and defending reproductive freedom."),
            Map.entry("children", "We build the leadership of young people in %s to secure the rights of children: in schools, in the justice system and in foster care."),
            Map.entry("disability", "We are led by people with disabilities in %s and work for access, independent living and an end to institutionalization."),
            Map.entry("indigenous", "We defend the self-determination, lands and cultures of Native peoples in %s, guided by the UN Declaration on the Rights of Indigenous Peoples."),
            Map.entry("environment", "We organize frontline communities in %s against pollution and for clean water, clean air and a just transition."),
            Map.entry("economic-justice", "We provide legal help and organize for economic justice in %s: fair benefits, an end to poverty penalties, and the right to an adequate standard of living."),
            Map.entry("democracy", "We protect the right to vote and to take part in public life in %s, registering voters and challenging laws that shut people out."),
            Map.entry("international", "We bring United Nations human rights standards home to %s, training advocates to use treaty reviews and the Universal Periodic Review."));

    private static final Map<String, String> MISSIONS_ES = Map.ofEntries(
            Map.entry("immigration", "Defendemos los derechos de las personas inmigrantes y refugiadas en %s con talleres de conozca sus derechos, respuesta rápida ante redadas e incidencia por políticas humanas."),
            Map.entry("labor", "Somos un centro de trabajadores en %s que organiza a trabajadoras y trabajadores inmigrantes para recuperar salarios robados y lograr lugares de trabajo seguros."),
            Map.entry("housing", "Organizamos a inquilinos en %s por el derecho a una vivienda adecuada: frenar desalojos, conseguir reparaciones y construir viviendas asequibles."),
            Map.entry("health", "Luchamos en %s por la salud como derecho humano, para que nadie se quede sin atención por su costo, su estatus o su idioma."));

    private static final List<String> NOUNS = List.of("Project", "Collective", "Alliance", "Center", "Network", "Coalition",
            "Committee", "Council", "Institute", "Initiative", "Circle", "Fund", "Roundtable", "Assembly", "Partnership");
    private static final List<String> COMMUNITIES = List.of("immigrant families", "Black communities", "farmworkers",
            "people experiencing homelessness", "LGBTQ+ youth", "Native nations", "people with disabilities", "low-wage workers",
            "formerly incarcerated people", "survivors of violence", "students and parents", "older adults", "Latinx communities",
            "Asian American and Pacific Islander communities", "rural communities", "tenants", "veterans");
    private static final List<String> FIRST = List.of("Aisha", "Marisol", "Jamal", "Keisha", "Tomás", "Mei", "Darnell", "Guadalupe",
            "Hiroshi", "Fatima", "Leticia", "Andre", "Naomi", "Rafael", "Imani", "Kwame", "Lucía", "Thanh", "Winona", "Deshawn",
            "Esperanza", "Omar", "Priya", "Carmen", "Malik", "Rosa", "Tyrone", "Ana", "Joaquín", "Layla", "Nia", "Eduardo",
            "Sakura", "Yusuf", "Beatriz", "Cedric", "Ingrid", "Kiona", "Luis", "Monique", "Nadia", "Oscar", "Paloma", "Quentin",
            "Ramona", "Samuel", "Tanisha", "Ulises", "Vanessa", "Xiomara", "Yolanda", "Zaid", "Hana", "Gabriel", "Ifeoma");
    private static final List<String> LAST = List.of("Okafor", "Delgado", "Whitfield", "Nguyen", "Ramírez", "Begay", "Washington",
            "Castillo", "Tanaka", "Haddad", "Morales", "Jefferson", "Kowalski", "Mendoza", "Abernathy", "Osei", "Villanueva",
            "Tsosie", "Fairbanks", "Huerta", "Lindqvist", "Mwangi", "Pacheco", "Robles", "Sandoval", "Thibodeaux", "Underwood",
            "Valdez", "Yazzie", "Zamora", "Achebe", "Bautista", "Cervantes", "Duarte", "Espinoza", "Fonseca", "Gallardo",
            "Holloway", "Ibarra", "Jiménez", "Kahananui", "Lozano", "Mercado", "Nakamura", "Ortega", "Pryor", "Quintero");
    private static final List<String> TITLES = List.of("Executive Director", "Co-Director", "Lead Organizer", "Policy Director",
            "Staff Attorney", "Communications Coordinator", "Program Manager", "Board Chair", "Community Organizer");
    private static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them", "she/they", "ella", "él");
    private static final List<String> AFFILIATIONS = List.of("Law student", "Retired teacher", "Community organizer",
            "University researcher", "Independent journalist", "Public defender", "Nurse", "Faith leader", "Union member",
            "Social worker", "Graduate student", "Interpreter");

    /** International allies' home cities, by ISO country code. */
    private static final List<Map.Entry<String, String>> ALLY_CITIES = List.of(Map.entry("MX", "Ciudad de México"),
            Map.entry("MX", "Tijuana"), Map.entry("CA", "Toronto"), Map.entry("GT", "Ciudad de Guatemala"),
            Map.entry("SV", "San Salvador"), Map.entry("CO", "Bogotá"), Map.entry("GB", "London"),
            Map.entry("ZA", "Johannesburg"), Map.entry("CH", "Genève"), Map.entry("PH", "Quezon City"));

    private final Random random;
    private final List<String> issueAreas;
    private final Map<String, Set<Integer>> rightsOfArea;
    private final Map<String, String> stateNames;
    private final List<String> everyState = List.copyOf(new TreeSet<>(Places.BY_STATE.keySet()));
    private final List<String> weightedStates = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();

    /**
     * @param rightsOfArea the active issue areas (by slug) with the UDHR articles each relates to
     * @param stateNames state names by two-letter code
     */
    DemoNetworkPlan(long seed, Map<String, Set<Integer>> rightsOfArea, Map<String, String> stateNames) {
        this.random = new Random(seed);
        this.rightsOfArea = rightsOfArea;
        this.stateNames = stateNames;
        this.issueAreas = new ArrayList<>(new TreeSet<>(rightsOfArea.keySet()));
        for (String state : everyState) {
            for (int i = 0; i < Places.WEIGHT.getOrDefault(state, 1); i++) {
                weightedStates.add(state);
            }
        }
    }

    /** The n-th organization of the plan (call in order 0, 1, 2...). The first 60 are the founding members. */
    PlannedOrganization organization(int n, LocalDate today) {
        boolean founding = n < FOUNDING_MEMBERS;
        String state = n < everyState.size() ? everyState.get(n) : pick(weightedStates);
        Places.City city = pick(Places.BY_STATE.get(state));
        List<String> areas = pickAreas(n);
        Map.Entry<String, String> abroad = n >= FOUNDING_MEMBERS && n % 23 == 7 ? pick(ALLY_CITIES) : null;
        String name = abroad == null ? uniqueName(areas.get(0), city.name(), state)
                : uniqueName(areas.get(0), abroad.getValue(), abroad.getKey());
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        boolean spanish = random.nextInt(4) == 0 || Set.of("PR", "NM", "TX").contains(state) && random.nextBoolean();
        String mission = String.format(spanish && MISSIONS_ES.containsKey(areas.get(0))
                ? MISSIONS_ES.get(areas.get(0)) : MISSIONS.get(areas.get(0)), city.name());
        Set<Integer> rights = new TreeSet<>();
        areas.forEach(area -> rights.addAll(rightsOfArea.getOrDefault(area, Set.of())));
        if (random.nextInt(3) == 0) {
            rights.add(1 + random.nextInt(30));
        }
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        if (spanish || random.nextInt(3) == 0) {
            languages.add("es");
        }
        if (random.nextInt(12) == 0) {
            languages.add(pick(List.of("zh", "vi", "ht", "ar", "ko", "tl", "nv")));
        }
        int type = pickType(areas.get(0));
        boolean grassroots = type == 0 || random.nextInt(4) == 0;
        boolean affectedLed = grassroots ? random.nextInt(3) != 0 : random.nextInt(6) == 0;
        LocalDate memberSince = founding ? FOUNDED : FOUNDED.plusDays(30 + random.nextInt(
                (int) Math.max(31, today.toEpochDay() - FOUNDED.toEpochDay() - 60)));
        Standing standing = standing(n, founding);
        return new PlannedOrganization(name, mission, type, random.nextInt(5), random.nextInt(5),
                founding ? 1965 + random.nextInt(38) : 1970 + random.nextInt(Math.max(1, today.getYear() - 1970)),
                abroad == null ? city.name() : abroad.getValue(), abroad == null ? state : null,
                abroad == null ? city.zip() + String.format("%02d", random.nextInt(100)) : null,
                "https://" + slug + ".example.org", languages, areas, rights,
                pick(COMMUNITIES) + ", " + pick(COMMUNITIES), grassroots, affectedLed, founding,
                memberSince, standing, standing == Standing.ACTIVE && random.nextInt(10) < 7,
                people(slug, 1 + random.nextInt(3)), abroad == null ? null : abroad.getKey(), capacities(3),
                capacities(2), random.nextInt(3) != 0);
    }

    /** Up to {@code most} capacities, none for some organizations. */
    private Set<Capacity> capacities(int most) {
        Set<Capacity> chosen = new TreeSet<>();
        int count = random.nextInt(most + 1);
        while (chosen.size() < count) {
            chosen.add(pick(List.of(Capacity.values())));
        }
        return chosen;
    }

    PlannedIndividual individual(int n, LocalDate today) {
        String state = pick(weightedStates);
        String name = pick(FIRST) + " " + pick(LAST);
        List<String> areas = pickAreas(n + 7);
        Standing standing = n % 25 == 24 ? Standing.APPLICANT : n % 12 == 11 ? Standing.LAPSED : Standing.ACTIVE;
        return new PlannedIndividual(name, uniqueEmail(name, "members.example.org"), pick(Places.BY_STATE.get(state)).name(),
                state, areas.subList(0, Math.min(2, areas.size())), pick(AFFILIATIONS), standing,
                FOUNDED.plusDays(200 + random.nextInt((int) Math.max(201, today.toEpochDay() - FOUNDED.toEpochDay() - 260))),
                random.nextInt(10) < 6);
    }

    private Standing standing(int n, boolean founding) {
        int roll = random.nextInt(100);
        if (founding) {
            return roll < 90 ? Standing.ACTIVE : Standing.LAPSED;
        }
        if (n % 25 == 13) {
            return Standing.APPLICANT;
        }
        return roll < 84 ? Standing.ACTIVE : roll < 94 ? Standing.LAPSED : roll < 96 ? Standing.SUSPENDED : Standing.WITHDRAWN;
    }

    private List<String> pickAreas(int n) {
        List<String> areas = new ArrayList<>();
        areas.add(issueAreas.get(n % issueAreas.size()));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            String area = pick(issueAreas);
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        return areas;
    }

    private int pickType(String area) {
        return switch (area) {
            case "labor" -> random.nextBoolean() ? 5 : 0;
            case "international", "discrimination" -> random.nextBoolean() ? 1 : 3;
            case "criminal-justice", "immigration", "economic-justice" -> random.nextInt(3) == 0 ? 2 : random.nextInt(2);
            default -> random.nextInt(8);
        };
    }

    private String uniqueName(String area, String city, String state) {
        List<String> themes = THEMES.getOrDefault(area, List.of("Human Rights"));
        for (int attempt = 0; attempt < 20; attempt++) {
            String theme = pick(themes);
            String noun = pick(NOUNS);
            String name = switch (random.nextInt(3)) {
                case 0 -> city + " " + theme + " " + noun;
                case 1 -> theme + " " + noun + " of " + city;
                default -> stateNames.getOrDefault(state, city) + " " + theme + " " + noun;
            };
            if (usedNames.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        for (int suffix = 2; ; suffix++) {
            String name = city + " " + pick(themes) + " " + pick(NOUNS) + " " + suffix;
            if (usedNames.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    private List<PlannedPerson> people(String slug, int count) {
        List<PlannedPerson> people = new ArrayList<>();
        String domain = slug.length() > 50 ? slug.substring(0, 50) : slug;
        for (int i = 0; i < count; i++) {
            String name = pick(FIRST) + " " + pick(LAST);
            people.add(new PlannedPerson(name, TITLES.get(i == 0 ? random.nextInt(2) : 2 + random.nextInt(TITLES.size() - 2)),
                    uniqueEmail(name, domain + ".example.org"),
                    "+1 " + (200 + random.nextInt(800)) + "-555-01" + String.format("%02d", random.nextInt(100)),
                    random.nextInt(3) == 0 ? pick(PRONOUNS) : null, i == 0, i == 0 || random.nextInt(4) == 0));
        }
        return people;
    }

    private String uniqueEmail(String name, String domain) {
        String local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
        String email = local + "@" + domain;
        for (int n = 2; !usedEmails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
