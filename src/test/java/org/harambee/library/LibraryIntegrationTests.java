package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.workinggroups.GroupDraft;
import org.harambee.workinggroups.GroupKind;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupVisibility;
import org.harambee.workinggroups.JoiningRule;
import org.harambee.workinggroups.WorkingGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The library end to end: documents built here (PDFBox, POI) are submitted, their text extracted in the
 * background (the tests wait for it with a bounded poll), published, found by a word only inside them with a
 * highlighted snippet, and downloaded; visibility per role in results, snippets and counts; bad files refused
 * with a message at the field.
 */
@IntegrationTest
class LibraryIntegrationTests {

    private static final Duration EXTRACTION_WAIT = Duration.ofSeconds(60);

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    Resources resources;
    @Autowired
    LibrarySearch search;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    WorkingGroups workingGroups;

    private HarambeeUser representative;
    private HarambeeUser member;
    private HarambeeUser staff;

    @BeforeEach
    void accounts() {
        representative = fixtures.account(Role.REPRESENTATIVE);
        member = fixtures.account(Role.MEMBER);
        staff = fixtures.account(Role.STAFF);
    }

    @Test
    void aWordOnlyInsideAPdfOrADocxIsFoundWithAHighlightedSnippet() throws Exception {
        String inPdf = word();
        String inDocx = word();
        long pdf = submit("Cities toolkit " + word(), "PUBLIC", "TOOLKIT", "toolkit.pdf",
                Documents.pdf("Human rights cities use the " + inPdf + " method to listen."));
        long docx = submit("Model ordinance " + word(), "PUBLIC", "MODEL_POLICY", "ordinance.docx",
                Documents.docx("A model ordinance adopting the " + inDocx + " standard for housing."));
        awaitExtraction(pdf);
        awaitExtraction(docx);
        publish(pdf);
        publish(docx);

        String page = page("/library?q=" + inPdf, null);
        assertThat(page).contains("/library/" + pdf).doesNotContain("/library/" + docx + "\"")
                .contains("<mark>" + inPdf + "</mark>");
        assertThat(page("/library?q=" + inDocx, null)).contains("/library/" + docx)
                .contains("<mark>" + inDocx + "</mark>");
    }

    @Test
    void visitorsMembersAndStaffFindCountAndQuoteOnlyWhatTheyMaySee() throws Exception {
        String shared = word();
        long open = submit("Open report " + word(), "PUBLIC", "REPORT", "open.txt", utf8("Public " + shared));
        long members = submit("Members report " + word(), "MEMBERS", "REPORT", "members.txt",
                utf8("Members only secret " + shared + " internal"));
        long waiting = submit("Waiting report " + word(), "PUBLIC", "SHADOW_REPORT", "waiting.txt",
                utf8("Unreviewed " + shared));
        awaitExtraction(open);
        awaitExtraction(members);
        awaitExtraction(waiting);
        publish(open);
        publish(members);

        LibraryQuery query = LibraryQuery.of(new LinkedMultiValueMap<>(Map.of("q", List.of(shared))));
        LibraryResults visitor = search.search(query, null);
        assertThat(visitor.hits()).extracting(LibraryResults.Hit::id).containsExactly(open);
        assertThat(visitor.counts().get(LibraryQuery.Facet.TYPE)).containsExactly(Map.entry("REPORT", 1L));
        assertThat(visitor.hits()).allSatisfy(hit -> assertThat(String.valueOf(hit.snippet())).doesNotContain("secret"));

        LibraryResults asMember = search.search(query, member);
        assertThat(asMember.hits()).extracting(LibraryResults.Hit::id).containsExactlyInAnyOrder(open, members);
        assertThat(asMember.counts().get(LibraryQuery.Facet.TYPE)).containsExactly(Map.entry("REPORT", 2L));

        LibraryResults asStaff = search.search(query, staff);
        assertThat(asStaff.hits()).extracting(LibraryResults.Hit::id).containsExactlyInAnyOrder(open, members, waiting);
        assertThat(asStaff.counts().get(LibraryQuery.Facet.TYPE)).containsEntry("SHADOW_REPORT", 1L);

        MockHttpServletResponse feed = mvc.perform(get("/library/feed.atom")).andReturn().getResponse();
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        assertThat(feed.getContentAsString()).contains("/library/" + open + "</id>")
                .doesNotContain("/library/" + members + "</id>").doesNotContain("/library/" + waiting + "</id>")
                .doesNotContain("Members report");

        String visitorPage = page("/library?q=" + shared, null);
        assertThat(visitorPage).doesNotContain("secret").doesNotContain("Members report").doesNotContain("Unreviewed");
        assertThat(page("/library/" + open, null)).contains("og:title").contains("share-links")
                .doesNotContain("noindex");
        assertThat(page("/library/" + members, member)).doesNotContain("og:title").doesNotContain("share-links")
                .contains("noindex");
        assertThat(status("/library/" + members, null)).isEqualTo(404);
        assertThat(status("/library/" + waiting, member)).isEqualTo(404);
        assertThat(status("/library/" + waiting, representative)).isEqualTo(200);
        assertThat(status("/library/" + members, member)).isEqualTo(200);
    }

    @Test
    void aResourceOfOnePrivateGroupIsPublishedAtOnceAndFoundCountedAndOpenedOnlyByThoseTakingPartEvenNotByStaff()
            throws Exception {
        GroupSummary caucus = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Library caucus"),
                "Shares drafts", GroupKind.CAUCUS, GroupVisibility.PRIVATE, JoiningRule.OPEN, Set.of(), Set.of()),
                representative);
        GroupSummary elsewhere = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Other caucus"),
                "Elsewhere", GroupKind.CAUCUS, GroupVisibility.MEMBERS, JoiningRule.OPEN, Set.of(), Set.of()), staff);
        HarambeeUser participant = fixtures.account(Role.MEMBER);
        workingGroups.create(new GroupDraft(MembershipFixtures.unique("Joined caucus"), "Joined", GroupKind.CAUCUS,
                GroupVisibility.MEMBERS, JoiningRule.OPEN, Set.of(), Set.of()), participant);
        String shared = word();

        long before = resources.count();
        MockHttpServletResponse refused = mvc.perform(form("Group draft " + word(), "GROUP", "REPORT")
                .param("groupId", String.valueOf(elsewhere.id())).file(file("draft.txt", utf8("Draft " + shared)))
                .with(user(representative)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("id=\"groupId-error\"",
                "Choose one of the working groups you take part in.");
        assertThat(resources.count()).isEqualTo(before);

        String title = "Group draft " + word();
        MockHttpServletResponse response = mvc.perform(form(title, "GROUP", "REPORT")
                .param("groupId", String.valueOf(caucus.id())).file(file("draft.txt", utf8("Draft " + shared)))
                .with(user(representative)).with(csrf())).andReturn().getResponse();
        long draft = Long.parseLong(response.getRedirectedUrl().replaceAll("^.*/library/", ""));
        awaitExtraction(draft);
        assertThat(resources.findById(draft).orElseThrow().status()).isEqualTo(ResourceStatus.PUBLISHED);

        LibraryQuery query = LibraryQuery.of(new LinkedMultiValueMap<>(Map.of("q", List.of(shared))));
        assertThat(search.search(query, null).hits()).isEmpty();
        assertThat(search.search(query, member).hits()).isEmpty();
        assertThat(search.search(query, member).counts().getOrDefault(LibraryQuery.Facet.TYPE, Map.of())).isEmpty();
        assertThat(search.search(query, participant).hits()).isEmpty();
        assertThat(search.search(query, staff).hits()).isEmpty();
        assertThat(search.search(query, staff).counts().getOrDefault(LibraryQuery.Facet.TYPE, Map.of())).isEmpty();
        assertThat(status("/library/" + draft, staff)).isEqualTo(404);
        assertThat(page("/staff/library", staff)).doesNotContain(title);
        assertThat(status("/library/" + draft, member)).isEqualTo(404);
        assertThat(status("/library/" + draft, null)).isEqualTo(404);

        workingGroups.join(caucus.id(), participantInvitedTo(caucus, participant));
        LibraryResults asParticipant = search.search(query, participant);
        assertThat(asParticipant.hits()).extracting(LibraryResults.Hit::id).containsExactly(draft);
        assertThat(asParticipant.counts().get(LibraryQuery.Facet.TYPE)).containsExactly(Map.entry("REPORT", 1L));
        assertThat(page("/library/" + draft, participant)).contains(caucus.name(), "One working group only")
                .contains("noindex");
        assertThat(page("/groups/" + caucus.slug(), participant)).contains("Shared documents", title,
                "/library/" + draft);
    }

    /** A private group takes people by invitation: its convener (the representative) invites them first. */
    private HarambeeUser participantInvitedTo(GroupSummary group, HarambeeUser person) throws Exception {
        mvc.perform(post("/groups/" + group.slug() + "/invite").param("whom", person.email())
                .with(user(representative)).with(csrf()));
        return person;
    }

    @Test
    void snippetsAreEscapedExceptTheirMarks() throws Exception {
        String word = word();
        long id = submit("Escaping " + word(), "PUBLIC", "FACT_SHEET", "notes.txt",
                utf8("Before <script>alert('x')</script> <b>bold</b> " + word + " after"));
        awaitExtraction(id);
        publish(id);
        String page = page("/library?q=" + word, null);
        assertThat(page).contains("<mark>" + word + "</mark>").doesNotContain("<script>alert")
                .doesNotContain("<b>bold</b>").contains("&lt;script&gt;");
    }

    @Test
    void downloadsAreAttachmentsOfTheRightTypeVisibleOnlyToThoseWhoMaySeeTheResource() throws Exception {
        long open = submit("Download " + word(), "PUBLIC", "TOOLKIT", "../../etc/Guide final.pdf",
                Documents.pdf("downloadable"));
        long members = submit("Members download " + word(), "MEMBERS", "TOOLKIT", "inside.html",
                utf8("<html><body><script>alert(1)</script></body></html>"));
        awaitExtraction(open);
        awaitExtraction(members);
        publish(open);
        publish(members);

        FileVersion pdf = version(open);
        assertThat(pdf.fileName()).isEqualTo("Guide final.pdf");
        assertThat(UUID.fromString(pdf.storedAs())).isNotNull();
        MockHttpServletResponse download = mvc.perform(get("/library/" + open + "/files/" + pdf.id()))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("Guide final.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders("Content-Security-Policy")).anySatisfy(csp -> assertThat(csp).contains("sandbox"));
        assertThat(download.getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        MockHttpServletResponse part = mvc.perform(get("/library/" + open + "/files/" + pdf.id())
                .header("Range", "bytes=0-4")).andReturn().getResponse();
        assertThat(part.getStatus()).as("a resumed download gets the range it asks for").isEqualTo(206);
        assertThat(part.getContentAsByteArray()).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));

        FileVersion html = version(members);
        String address = "/library/" + members + "/files/" + html.id();
        assertThat(mvc.perform(get(address)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse asMember = mvc.perform(get(address).with(user(member))).andReturn().getResponse();
        assertThat(asMember.getStatus()).isEqualTo(200);
        assertThat(asMember.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(asMember.getContentType()).startsWith("text/html");
        assertThat(resources.findById(members).orElseThrow().downloadCount()).isEqualTo(1);

        assertThat(mvc.perform(get("/library/" + open + "/files/" + html.id())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/library/" + open + "/files/not-a-version")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(status("/library/999999999", staff)).isEqualTo(404);
        assertThat(status("/library/not-a-number", null)).isEqualTo(404);
    }

    @Test
    void badFilesAreRefusedWithAMessageAtTheField() throws Exception {
        assertThat(refusal("report.docx", Documents.pdf("pdf inside"))).contains("does not match its extension");
        assertThat(refusal("report.pdf", new byte[0])).contains("The file is empty");
        assertThat(refusal("huge.txt", new byte[(int) FileCheck.MAX_BYTES + 1])).contains("larger than 25 MB");
        assertThat(refusal("bomb.docx", Documents.zipBomb(150))).contains("unpacks to far more than its size");
        assertThat(refusal("tool.exe", utf8("MZ"))).contains("accepts PDF, Word");
        assertThat(resources.findAll()).noneMatch(resource -> resource.title().startsWith("Refused "));
    }

    @Test
    void onlyTheSubmitterOrStaffAddVersionsAndOldVersionsAreKept() throws Exception {
        long id = submit("Versions " + word(), "PUBLIC", "TRAINING", "slides.txt", utf8("first " + word()));
        awaitExtraction(id);
        Long fileId = transactions().execute(status -> resources.findById(id).orElseThrow().files().get(0).id());
        String second = word();
        mvc.perform(multipart("/library/" + id + "/files").file(file("slides.txt", utf8("second " + second)))
                .param("fileId", String.valueOf(fileId)).with(user(representative)).with(csrf()));
        HarambeeUser stranger = fixtures.account(Role.REPRESENTATIVE);
        MockHttpServletResponse refused = mvc.perform(multipart("/library/" + id + "/files")
                .file(file("x.txt", utf8("intruder"))).with(user(stranger)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        awaitExtraction(id);
        publish(id);
        List<Integer> numbers = transactions().execute(status -> resources.findById(id).orElseThrow().files().get(0)
                .versions().stream().map(FileVersion::number).toList());
        assertThat(numbers).containsExactly(2, 1);
        assertThat(page("/library?q=" + second, null)).contains("/library/" + id);
        assertThat(page("/library/" + id, representative)).contains("version 1").contains("version 2")
                .contains("Text extraction: done");
    }

    @Test
    void aPlainMemberMayNotSubmitStaffDeclineWithAReasonAndTheSubmitterSeesWhatBecameOfIt() throws Exception {
        assertThat(mvc.perform(get("/library/submit").with(user(member))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String title = "Declined " + word();
        long id = submit(title, "PUBLIC", "REPORT", "d.txt", utf8("text"));
        assertThat(page("/library/mine", representative)).contains(title, "Waiting for review");
        assertThat(page("/library/mine", fixtures.account(Role.REPRESENTATIVE))).doesNotContain(title);
        mvc.perform(post("/staff/library/" + id + "/decline").param("reason", "").with(user(staff)).with(csrf()));
        assertThat(resources.findById(id).orElseThrow().status()).isEqualTo(ResourceStatus.SUBMITTED);
        mvc.perform(post("/staff/library/" + id + "/decline").param("reason", "Out of scope")
                .with(user(staff)).with(csrf()));
        Resource declined = resources.findById(id).orElseThrow();
        assertThat(declined.status()).isEqualTo(ResourceStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Out of scope");
        assertThat(page("/library/" + id, representative)).contains("Out of scope");
        assertThat(page("/library/mine", representative)).contains(title, "Declined", "Out of scope");
    }

    private long submit(String title, String visibility, String type, String fileName, byte[] content)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(form(title, visibility, type)
                .file(file(fileName, content)).with(user(representative)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        Matcher id = Pattern.compile("/library/(\\d+)$").matcher(response.getRedirectedUrl());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private String refusal(String fileName, byte[] content) throws Exception {
        MockHttpServletResponse response = mvc.perform(form("Refused " + word(), "PUBLIC", "REPORT")
                .file(file(fileName, content)).with(user(representative)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("class=\"field-error\" id=\"file-error\"");
        return page;
    }

    private static MockMultipartHttpServletRequestBuilder form(String title, String visibility, String type) {
        return multipart("/library/submit").param("title", title).param("summary", "A summary for " + title)
                .param("type", type).param("visibility", visibility).param("languages", "en")
                .param("publishedOn", "2024-05-01");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private void publish(long id) throws Exception {
        mvc.perform(post("/staff/library/" + id + "/publish").with(user(staff)).with(csrf()));
        assertThat(resources.findById(id).orElseThrow().status()).isEqualTo(ResourceStatus.PUBLISHED);
    }

    /** Waits (at most a minute) until every file version of the resource has been extracted or has failed. */
    private void awaitExtraction(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(EXTRACTION_WAIT);
        while (Instant.now().isBefore(deadline)) {
            Boolean done = transactions().execute(status -> resources.findById(id).orElseThrow().files().stream()
                    .flatMap(file -> file.versions().stream())
                    .noneMatch(version -> version.extraction() == Extraction.PENDING));
            if (Boolean.TRUE.equals(done)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("text extraction of resource " + id + " did not finish in " + EXTRACTION_WAIT);
    }

    private FileVersion version(long id) {
        return transactions().execute(status -> resources.findById(id).orElseThrow().files().get(0).current()
                .orElseThrow());
    }

    private String page(String address, HarambeeUser who) throws Exception {
        return new Readers(mvc).page(address, who);
    }

    private int status(String address, HarambeeUser who) throws Exception {
        return new Readers(mvc).status(address, who);
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('x').toString().toLowerCase(Locale.ROOT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
