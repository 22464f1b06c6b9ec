package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.site.FileStorage;
import org.harambee.site.StoredFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A payment's scan: recorded with the payment or attached later, replaced, downloaded by treasurers as the file it
 * is (never shown in a page), refused with a message at its field when it is not a PDF, PNG or JPEG (and then
 * nothing is recorded), and out of reach of the member's own representative.
 */
@IntegrationTest
class PaymentScansIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
        'R'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FileStorage storage;

    private HarambeeUser treasurer;
    private Organization organization;
    private final String mark = UUID.randomUUID().toString().substring(0, 8);
    /** A day of this test's own, years before the entries of the other tests (the tests share one database). */
    private final LocalDate received = LocalDate.of(1955, 3, 14);

    @BeforeEach
    void member() {
        treasurer = fixtures.account(Role.TREASURER);
        organization = fixtures.organization("Scanned Dues " + mark, MembershipStatus.ACTIVE, true);
    }

    private MockHttpServletResponse as(HarambeeUser who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(who)).header("Accept-Language", "en")).andReturn().getResponse();
    }

    private MockHttpServletResponse pay(String reference, MockMultipartFile scan) throws Exception {
        var form = multipart("/treasury/members/" + organization.id() + "/payments");
        if (scan != null) {
            form.file(scan);
        }
        return as(treasurer, form.with(csrf()).param("receivedOn", received.toString()).param("method", "CHECK")
                .param("reference", reference).param("amount", "75"));
    }

    private MockHttpServletResponse attach(Long payment, MockMultipartFile file) throws Exception {
        return as(treasurer, multipart("/treasury/members/" + organization.id() + "/scans").file(file).with(csrf())
                .param("payment", String.valueOf(payment)));
    }

    private Map<String, Object> payment(String reference) {
        return jdbc.queryForMap("select id, scan_stored_as, scan_name, scan_kind from dues_payment where reference = ?",
                reference);
    }

    /** The payment's scan as the installation's file storage holds it (on disk or in the database). */
    private Optional<byte[]> stored(Map<String, Object> payment) {
        return new StoredFiles(storage, "payment-scans").read((String) payment.get("scan_stored_as"));
    }

    private int payments() {
        return jdbc.queryForObject("select count(*) from dues_payment where member_id = ?", Integer.class,
                organization.id());
    }

    @Test
    void aPaymentRecordedWithItsScanGivesTheScanBackToTreasurersAsAFileToSaveAndToNobodyElse() throws Exception {
        String reference = "Check " + mark;
        MockHttpServletResponse recorded = pay(reference, new MockMultipartFile("scan",
                "Check <1042>\r\n.PNG", "text/html", PNG));
        assertThat(recorded.getRedirectedUrl()).as(recorded.getContentAsString())
                .isEqualTo("/treasury/members/" + organization.id());
        Map<String, Object> payment = payment(reference);
        assertThat(payment.get("scan_kind")).isEqualTo("PNG");
        assertThat(payment.get("scan_name")).isEqualTo("Check _1042_.PNG");
        assertThat(stored(payment)).hasValueSatisfying(content -> assertThat(content).isEqualTo(PNG));

        MockHttpServletResponse scan = as(treasurer, get("/treasury/payments/" + payment.get("id") + "/scan"));
        assertThat(scan.getStatus()).isEqualTo(200);
        assertThat(scan.getContentType()).isEqualTo("image/png");
        assertThat(scan.getHeader("Content-Disposition")).startsWith("attachment").contains("Check _1042_.PNG");
        assertThat(scan.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(as(treasurer, get("/treasury/members/" + organization.id())).getContentAsString())
                .contains("href=\"/treasury/payments/" + payment.get("id") + "/scan\"");

        HarambeeUser representative = fixtures.representativeOf(organization);
        assertThat(as(representative, get("/treasury/payments/" + payment.get("id") + "/scan")).getStatus())
                .isEqualTo(403);
        assertThat(as(representative, get("/dues/" + organization.id())).getContentAsString())
                .contains("$75.00").doesNotContain("/scan");
    }

    @Test
    void aScanThatIsNoPdfPngOrJpegIsRefusedAtItsFieldAndNothingIsRecorded() throws Exception {
        int before = payments();
        MockHttpServletResponse html = pay("Refused " + mark, new MockMultipartFile("scan", "check.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentAsString()).contains("A scan must be a PDF, PNG or JPEG file")
                .contains("id=\"scan-error\"");
        MockHttpServletResponse misnamed = pay("Refused " + mark, new MockMultipartFile("scan", "check.png",
                "image/png", PDF));
        assertThat(misnamed.getContentAsString()).contains("does not match what it contains");
        assertThat(payments()).isEqualTo(before);
    }

    @Test
    void aScanAttachedLaterReplacesTheOneBeforeWhoseFileIsRemoved() throws Exception {
        String reference = "Transfer " + mark;
        pay(reference, null);
        Long id = ((Number) payment(reference).get("id")).longValue();
        assertThat(payment(reference).get("scan_kind")).isNull();

        assertThat(attach(id, new MockMultipartFile("file", "slip.pdf", "application/pdf", PDF)).getRedirectedUrl())
                .isEqualTo("/treasury/members/" + organization.id());
        Map<String, Object> first = payment(reference);
        assertThat(first.get("scan_kind")).isEqualTo("PDF");
        assertThat(stored(first)).isPresent();

        attach(id, new MockMultipartFile("file", "slip.jpeg", "image/jpeg", JPEG));
        Map<String, Object> second = payment(reference);
        assertThat(second.get("scan_kind")).isEqualTo("JPEG");
        assertThat(stored(second)).isPresent();
        assertThat(stored(first)).isEmpty();
        assertThat(as(treasurer, get("/treasury/payments/" + id + "/scan")).getContentType()).isEqualTo("image/jpeg");
    }

    @Test
    void anotherMembersPaymentCannotBeGivenAScanThroughThisMembersPage() throws Exception {
        Organization other = fixtures.organization("Other Scanned " + mark, MembershipStatus.ACTIVE, true);
        as(treasurer, multipart("/treasury/members/" + other.id() + "/payments").with(csrf())
                .param("receivedOn", received.toString()).param("method", "CASH").param("reference", "Cash " + mark)
                .param("amount", "20"));
        Long theirs = ((Number) payment("Cash " + mark).get("id")).longValue();

        MockHttpServletResponse refused = attach(theirs, new MockMultipartFile("file", "slip.png", "image/png", PNG));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Choose one of this member").contains("id=\"payment-error\"");
        assertThat(payment("Cash " + mark).get("scan_kind")).isNull();
        assertThat(as(treasurer, get("/treasury/payments/" + theirs + "/scan")).getStatus()).isEqualTo(404);
    }
}
