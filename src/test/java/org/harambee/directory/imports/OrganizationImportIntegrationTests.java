package org.harambee.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.identity.SecondFactorFixtures;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationId;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.RegisteredOrganization;
import org.harambee.membership.Standing;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Importing organizations as staff do, through the pages: upload, the check in the background, the review with
 * problems and matching organizations, the import all or nothing, and files refused as a whole.
 */
@IntegrationTest
class OrganizationImportIntegrationTests {

    static final List<String> HEADER = List.of("name", "mission", "type", "city", "state", "website", "email",
            "contact_name", "phone", "issue_areas", "rights", "languages", "grassroots", "listed_publicly", "offers",
            "status", "member_since", "founding_member");

    @Autowired
    MockMvc mvc;
    @Autowired
    Invitations invitations;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;
    @Autowired
    OrganizationImporter importer;
    @Autowired
    ImportCheck check;
    @Autowired
    MemberRegistry registry;
    @Autowired
    Taxonomy taxonomy;

    HarambeeUser staff;
    String prefix;
    String issueArea;

    @BeforeEach
    void signInAsStaff() {
        staff = staffAccount(invitations, accounts, jdbc, secondFactorFixtures);
        prefix = "Import " + UUID.randomUUID().toString().substring(0, 8);
        issueArea = taxonomy.activeIssueAreas().stream().map(IssueArea::slug).findFirst().orElseThrow();
    }

    /**
     * A staff account whose sessions count as signed in (the password itself is never checked here), with the
     * authenticator app its role requires.
     */
    static HarambeeUser staffAccount(Invitations invitations, UserDetailsService accounts, JdbcTemplate jdbc,
            SecondFactorFixtures secondFactors) {
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID account = invitations.invite(email, "Import staff", Role.STAFF, Locale.ENGLISH);
        jdbc.update("update account set password_hash = ?, password_changed_at = ? where email = ?",
                "{fixture}not-a-password", Timestamp.from(Instant.now()), email);
        secondFactors.asRolesRequire(account);
        return (HarambeeUser) accounts.loadUserByUsername(email);
    }

    /** A row with every column of {@link #HEADER}; the e-mail and website derive from the name. */
    List<String> row(String name, String state, String mission) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new ArrayList<>(List.of(name, mission, "Legal services", "Chicago", state,
                "https://" + slug + ".example.org", slug + "@example.org", "Contact " + name.length(),
                "+1 312 555 0100", issueArea, "25;23", "en;es", "sí", "no", "LEGAL_EXPERTISE", "", "2010-05-01",
                "no"));
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString();
    }

    UUID upload(byte[] file) throws Exception {
        String location = mvc.perform(multipart("/staff/import/organizations")
                .file(new MockMultipartFile("file", "organizations.csv", "text/csv", file)).with(csrf())
                .with(user(staff))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    UUID upload(String text, Charset charset) throws Exception {
        return upload(text.getBytes(charset));
    }

    /** Waits (up to 60 s) until the background work on this import is finished. */
    OrganizationImport settled(UUID id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        OrganizationImport found = importer.find(id);
        while (found.state().running() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            found = importer.find(id);
        }
        assertThat(found.state().running()).as("import %s still running after a minute", id).isFalse();
        return found;
    }

    List<String> registeredNames() {
        return registry.registeredOrganizations().stream().map(RegisteredOrganization::name)
                .filter(name -> name.startsWith(prefix)).sorted().toList();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEachWithItsLineColumnAndMessage() throws Exception {
        List<String> good = row(prefix + " Good Neighbors", "IL", "We defend tenants.");
        List<String> unknownState = row(prefix + " Nowhere Rights", "ZZ", "We defend everyone.");
        List<String> tooLong = row(prefix + " " + "Long".repeat(60), "IL", "We defend long names.");
        tooLong.set(HEADER.indexOf("email"), "long@example.org");
        tooLong.set(HEADER.indexOf("website"), "https://long.example.org");
        List<String> duplicate = row(prefix + " GOOD neighbors!", "IL", "Same as the first, shouted.");
        List<String> formula = row(prefix + " Formula Friends", "IL", "=HYPERLINK(\"http://evil.example\",\"x\")");
        String text = csv(HEADER, List.of(good, unknownState, tooLong, duplicate, formula));

        UUID id = upload(text, StandardCharsets.UTF_8);
        OrganizationImport checked = settled(id);

        assertThat(checked.state()).isEqualTo(ImportState.READY);
        assertThat(importer.problems(id)).extracting(p -> p.line() + " " + p.column().header())
                .containsExactly("3 state", "4 name", "5 name", "6 mission");
        mvc.perform(get("/staff/import/organizations/" + id).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This file has 4 problem(s)")))
                .andExpect(content().string(containsString("href=\"#line-3\"")))
                .andExpect(content().string(containsString("Unknown state: use a two-letter postal code")))
                .andExpect(content().string(containsString("Too long: at most 200 characters.")))
                .andExpect(content().string(containsString("Line 2 already describes this organization (same name)")))
                .andExpect(content().string(containsString("spreadsheets run as a formula")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"commit\""))));
        mvc.perform(get("/staff/import/organizations/" + id).param("lang", "es").with(user(staff)))
                .andExpect(content().string(containsString("Estado desconocido")))
                .andExpect(content().string(containsString("Demasiado largo: como máximo 200 caracteres.")));

        mvc.perform(post("/staff/import/organizations/" + id + "/commit").with(csrf()).with(user(staff)))
                .andExpect(status().is3xxRedirection());
        assertThat(importer.find(id).state()).isEqualTo(ImportState.READY);
        assertThat(registeredNames()).isEmpty();
    }

    @Test
    void aWindows1252FileWithAccentedNamesImportsThemCorrectly() throws Exception {
        List<String> names = List.of(prefix + " Asociación de Niños y Señoras", prefix + " Café Solidaridad – Pañuelos",
                prefix + " Comité Pro-Derechos Ñandú");
        String text = csv(HEADER, names.stream().map(name -> row(name, "TX", "Defendemos el derecho a la vivienda"))
                .toList());

        UUID id = upload(text, org.harambee.site.UploadedText.WINDOWS_1252);
        OrganizationImport checked = settled(id);
        assertThat(checked.problemCount()).as("problems: %s", importer.problems(id)).isZero();
        assertThat(checked.encoding()).isEqualTo("windows-1252");
        assertThat(checked.newCount()).isEqualTo(3);

        mvc.perform(post("/staff/import/organizations/" + id + "/commit").with(csrf()).with(user(staff)))
                .andExpect(status().is3xxRedirection());
        OrganizationImport done = settled(id);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.importedCount()).isEqualTo(3);
        assertThat(registeredNames()).containsExactlyInAnyOrderElementsOf(names);
        mvc.perform(get("/staff/import/organizations/" + id).with(user(staff)))
                .andExpect(content().string(containsString("New organizations imported")));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'directory.import.committed'"
                + " and actor = ? and details = 'imported 3, updated 0, skipped 0'", Long.class, staff.getUsername()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select file_content from organization_import where id = ?", byte[].class,
                id)).as("the file is forgotten once imported").isNull();
    }

    @Test
    void rowsMatchingOrganizationsOfTheNetworkAreSkippedOrUpdatedAsChosenPerRow() throws Exception {
        Long byWebsite = existing(prefix + " Water Rights", "https://www.water-rights.example.org/",
                "water@example.org");
        Long byEmail = existing(prefix + " Food First", null, prefix.replace(' ', '-') + "@food.example.org");
        List<String> updating = row(prefix + " Water Rights Now", "MI", "");
        updating.set(HEADER.indexOf("website"), "http://water-rights.example.org");
        updating.set(HEADER.indexOf("email"), "");
        updating.set(HEADER.indexOf("contact_name"), "");
        updating.set(HEADER.indexOf("city"), "Flint");
        List<String> skipping = row(prefix + " Food First Coalition", "IL", "Ignored");
        skipping.set(HEADER.indexOf("email"), prefix.replace(' ', '-').toUpperCase(Locale.ROOT) + "@FOOD.example.org");
        List<String> adding = row(prefix + " Brand New", "IL", "We are new.");

        UUID id = upload(csv(HEADER, List.of(updating, skipping, adding)), StandardCharsets.UTF_8);
        OrganizationImport checked = settled(id);
        assertThat(importer.problems(id)).isEmpty();
        assertThat(importer.matches(id, 0, 10)).extracting(m -> m.line() + " " + m.organizationId() + " "
                + m.matchedBy() + " " + m.decision()).containsExactly("2 " + byWebsite + " [WEBSITE] SKIP",
                        "3 " + byEmail + " [EMAIL] SKIP");
        assertThat(checked.newCount()).isEqualTo(1);

        mvc.perform(post("/staff/import/organizations/" + id + "/commit").param("choice-2", "UPDATE")
                .param("choice-3", "SKIP").with(csrf()).with(user(staff))).andExpect(status().is3xxRedirection());
        OrganizationImport done = settled(id);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(List.of(done.importedCount(), done.updatedCount(), done.skippedCount())).containsExactly(1, 1, 1);
        OrganizationProfile updated = registry.profiles(List.of(new OrganizationId(byWebsite))).get(byWebsite);
        assertThat(updated.name()).isEqualTo(prefix + " Water Rights Now");
        assertThat(updated.city()).isEqualTo("Flint");
        assertThat(updated.state()).isEqualTo("MI");
        assertThat(updated.mission()).as("a blank cell keeps what the network knows").isEqualTo("Existing mission.");
        assertThat(updated.website()).isEqualTo("http://water-rights.example.org");
        assertThat(registry.profiles(List.of(new OrganizationId(byEmail))).get(byEmail).name()).isEqualTo(prefix + " Food First");
        assertThat(registeredNames()).contains(prefix + " Brand New");
    }

    Long existing(String name, String website, String email) {
        OrganizationProfile profile = new OrganizationProfile(name, "Existing mission.", OrganizationType.ADVOCACY,
                null, null, null, "Chicago", "IL", null, null, website, Set.of("en"),
                Set.of(taxonomy.issueArea(issueArea).orElseThrow().id()), Set.of(), null, false, false, false,
                Set.of(), Set.of(), false);
        PersonDetails contact = new PersonDetails("Contact", null, null, null, email, null, null, null, null, null,
                true);
        return registry.registerOrganizations(List.of(new OrganizationRegistration(profile, List.of(contact),
                new Standing(MembershipStatus.ACTIVE, false, LocalDate.of(2012, 3, 1), LocalDate.now().plusYears(5)),
                "en"))).get(0);
    }

    @Test
    void tenThousandRowsAreReadAndCheckedInOneGo() {
        List<List<String>> rows = IntStream.range(0, 10_000)
                .mapToObj(i -> row(prefix + " Bulk " + i, "CA", "We organize block " + i + ".")).toList();
        String text = csv(HEADER, rows);
        List<Integer> progress = new ArrayList<>();
        long started = System.nanoTime();

        ImportCheck.Outcome outcome = check.check(OrganizationCsv.read(text).rows(), progress::add);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.newOrganizations()).isEqualTo(10_000);
        assertThat(progress).hasSize(10_000 / ImportCheck.CHUNK).endsWith(10_000);
        System.out.println("Checked 10,000 import rows in " + took.toMillis() + " ms");
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithAClearMessageAndNeverAnError() throws Exception {
        mvc.perform(multipart("/staff/import/organizations").file(new MockMultipartFile("file", "empty.csv",
                "text/csv", new byte[0])).with(csrf()).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a CSV file to upload.")));
        mvc.perform(multipart("/staff/import/organizations").file(new MockMultipartFile("file", "huge.csv",
                "text/csv", new byte[(int) OrganizationImporter.MAX_BYTES + 1])).with(csrf()).with(user(staff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("larger than 10 MB")));

        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        for (byte[] refused : List.of(junk, csv(HEADER, List.of()).getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + csv(HEADER, List.of(row(prefix, "IL", "m")))).getBytes(StandardCharsets.UTF_16LE))) {
            UUID id = upload(refused);
            assertThat(settled(id).state()).isEqualTo(ImportState.REFUSED);
            mvc.perform(get("/staff/import/organizations/" + id).with(user(staff))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("This file cannot be imported")))
                    .andExpect(content().string(containsString("Nothing was imported.")));
        }
        UUID utf16 = upload(("\uFEFF" + csv(HEADER, List.of(row(prefix, "IL", "m"))))
                .getBytes(StandardCharsets.UTF_16BE));
        settled(utf16);
        mvc.perform(get("/staff/import/organizations/" + utf16).with(user(staff)))
                .andExpect(content().string(containsString("UTF-8 (with or without byte order mark) or Windows-1252")));

        mvc.perform(get("/staff/import/organizations/" + UUID.randomUUID()).with(user(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/import/organizations/not-an-id").with(user(staff)).header("Accept", "text/html"))
                .andExpect(status().isNotFound());
        assertThat(registeredNames()).isEmpty();
    }

    @Test
    void anImportCutOffByARestartOfItsNodeIsShownAsInterruptedWithNothingImported() throws Exception {
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.update("insert into job (id, kind, state, step, done_count, total_count, queued_at, started_at, beat_at)"
                + " values (?, 'directory.import', 'RUNNING', 'CHECKING', 40, 400, ?, ?, ?)", job, longAgo, longAgo,
                longAgo);
        jdbc.update("insert into organization_import (id, job_id, created_by, created_at, updated_at, file_name, state)"
                + " values (?, ?, 'staff@example.org', ?, ?, 'cut-off.csv', 'CHECKING')", id, job, longAgo, longAgo);

        mvc.perform(get("/staff/import/organizations/" + id).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The server was restarted while this file was being"
                        + " handled")));
        assertThat(importer.find(id).state()).isEqualTo(ImportState.FAILED);
        mvc.perform(get("/staff/import/organizations").with(user(staff)))
                .andExpect(content().string(containsString("cut-off.csv")));
    }

    @Test
    void theTemplateDownloadsAsUtf8WithAByteOrderMarkAndTheUploadPageDocumentsEveryColumn() throws Exception {
        byte[] template = mvc.perform(get("/staff/import/organizations/template.csv").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
        String page = mvc.perform(get("/staff/import/organizations").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (ImportColumn column : ImportColumn.values()) {
            assertThat(page).contains("<code>" + column.header() + "</code>");
        }
        mvc.perform(get("/dashboard").with(user(staff)))
                .andExpect(content().string(containsString("href=\"/staff/import/organizations\"")));
    }
}
