package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Curated collections through the pages: staff create one, add resources from their pages, order and remove
 * them; each reader sees the collection's resources they may see, in that order; nobody else changes it. Also the
 * bulk addition staff (and the demo) use: its resources are searchable by their text as soon as it returns.
 */
@IntegrationTest
class CollectionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    Library library;
    @Autowired
    LibrarySearch search;
    @Autowired
    ResourceCollections collections;
    @Autowired
    LibraryCollections curated;

    private HarambeeUser staff;
    private HarambeeUser member;

    @BeforeEach
    void accounts() {
        staff = fixtures.account(Role.STAFF);
        member = fixtures.account(Role.MEMBER);
    }

    @Test
    void staffCurateAnOrderedCollectionThatEachReaderSeesAsFarAsTheyMay() throws Exception {
        String mark = "kit" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = library.addPublished(List.of(document(mark + " organizing", ResourceVisibility.PUBLIC),
                document(mark + " members brief", ResourceVisibility.MEMBERS),
                document(mark + " ordinance", ResourceVisibility.PUBLIC)), staff.accountId());

        String created = send(post("/staff/library/collections").param("title", mark + " starter kit")
                .param("description", "Where to begin"), staff).getRedirectedUrl();
        assertThat(created).matches("/staff/library/collections/\\d+");
        String id = created.substring(created.lastIndexOf('/') + 1);
        for (Long resource : List.of(ids.get(2), ids.get(0), ids.get(1), ids.get(0))) {
            assertThat(send(post("/staff/library/collections/add").param("collection", id)
                    .param("resource", String.valueOf(resource)), staff).getRedirectedUrl())
                    .isEqualTo("/library/" + resource + "#collections");
        }
        send(post("/staff/library/collections/" + id + "/move").param("resource", String.valueOf(ids.get(0)))
                .param("direction", "up"), staff);

        String forVisitor = page("/library/collections/" + id, null);
        assertThat(forVisitor).contains(mark + " starter kit", "Where to begin").doesNotContain(mark + " members brief");
        assertThat(forVisitor.indexOf(mark + " organizing")).isLessThan(forVisitor.indexOf(mark + " ordinance"));
        String forMember = page("/library/collections/" + id, member);
        assertThat(forMember).contains(mark + " members brief");
        assertThat(forMember.indexOf(mark + " ordinance")).isLessThan(forMember.indexOf(mark + " members brief"));
        assertThat(page("/library/" + ids.get(2), null)).contains("/library/collections/" + id);
        assertThat(page("/library", null)).contains(mark + " starter kit");

        send(post("/staff/library/collections/" + id + "/remove").param("resource", String.valueOf(ids.get(0))), staff);
        assertThat(curated.find(Long.valueOf(id)).resources())
                .containsExactly(ids.get(2), ids.get(1));
    }

    @Test
    void onlyStaffChangeCollectionsAndUnknownIdsAreNotFound() throws Exception {
        Long id = collectionOf("Only staff");
        Long resource = library.addPublished(List.of(document("Untouched", ResourceVisibility.PUBLIC)),
                staff.accountId()).get(0);
        for (MockHttpServletRequestBuilder change : List.of(post("/staff/library/collections").param("title", "x"),
                post("/staff/library/collections/add").param("collection", id.toString())
                        .param("resource", resource.toString()),
                post("/staff/library/collections/" + id + "/delete"))) {
            assertThat(send(change, member).getStatus()).isEqualTo(403);
        }
        assertThat(curated.find(id).resources()).isEmpty();
        assertThat(status("/library/collections/" + (id + 1000), null)).isEqualTo(404);
        assertThat(status("/library/collections/abc", null)).isEqualTo(404);
        assertThat(send(post("/staff/library/collections/add").param("collection", id.toString())
                .param("resource", "999999999"), staff).getStatus()).isEqualTo(404);
        assertThat(curated.find(id).resources()).isEmpty();
    }

    @Test
    void aCollectionNeedsATitleOfReasonableLengthShownAtTheField() throws Exception {
        long before = collections.count();
        for (String title : List.of("", "   ", "x".repeat(ResourceCollection.MAX_TITLE + 1))) {
            MockHttpServletResponse response = send(post("/staff/library/collections").param("title", title), staff);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("field-error", "id=\"title-error\"");
        }
        assertThat(collections.count()).isEqualTo(before);
    }

    @Test
    void resourcesAddedInBulkAreFoundByTheirTextAtOnce() {
        String inside = "bulk" + UUID.randomUUID().toString().substring(0, 8);
        library.addPublished(List.of(new PublishedDocument("A fact sheet", "Short", ResourceType.FACT_SHEET, null,
                ResourceVisibility.PUBLIC, Set.of("en"), List.of(), Set.of(), Set.of(), Set.of(), "sheet.txt",
                ("The word " + inside + " is only in the file.").getBytes(StandardCharsets.UTF_8))),
                staff.accountId());
        LibraryResults found = search.search(LibraryQuery.of(new LinkedMultiValueMap<>(Map.of("q", List.of(inside)))),
                null);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.hits().get(0).snippet()).contains("<mark>" + inside + "</mark>");
    }

    private Long collectionOf(String title) throws Exception {
        String created = send(post("/staff/library/collections").param("title", title), staff).getRedirectedUrl();
        return Long.valueOf(created.substring(created.lastIndexOf('/') + 1));
    }

    private static PublishedDocument document(String title, ResourceVisibility visibility) {
        return new PublishedDocument(title, "About " + title, ResourceType.TOOLKIT, null, visibility, Set.of("en"),
                List.of(), Set.of(), Set.of(), Set.of(), "doc.txt",
                ("Text of " + title).getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }

    private String page(String address, HarambeeUser who) throws Exception {
        return new Readers(mvc).page(address, who);
    }

    private int status(String address, HarambeeUser who) throws Exception {
        return new Readers(mvc).status(address, who);
    }
}
