package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceTests {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final Long CAUCUS = 7L;
    private final UUID submitter = UUID.randomUUID();
    private final UUID staff = UUID.randomUUID();

    @Test
    void aSubmittedResourceWithAFileIsPublishedOnce() {
        Resource resource = withFile(ResourceVisibility.PUBLIC);
        resource.publish(staff, NOW);
        assertThat(resource.status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(resource.reviewedBy()).isEqualTo(staff);
        assertThatThrownBy(() -> resource.publish(staff, NOW)).isInstanceOf(ResourceTransitionException.class);
        assertThatThrownBy(() -> resource.decline(staff, "late", NOW)).isInstanceOf(ResourceTransitionException.class);
    }

    @Test
    void aResourceWithoutFileOrLinkCannotBePublished() {
        Resource resource = new Resource(description(ResourceVisibility.PUBLIC, null), submitter, NOW);
        assertThatThrownBy(() -> resource.publish(staff, NOW)).isInstanceOf(ResourceTransitionException.class);
        Resource linked = new Resource(description(ResourceVisibility.PUBLIC, "https://example.org/video"),
                submitter, NOW);
        linked.publish(staff, NOW);
        assertThat(linked.status()).isEqualTo(ResourceStatus.PUBLISHED);
    }

    @Test
    void aDeclineNeedsAReason() {
        Resource resource = withFile(ResourceVisibility.PUBLIC);
        assertThatThrownBy(() -> resource.decline(staff, "  ", NOW)).isInstanceOf(ResourceTransitionException.class);
        assertThatThrownBy(() -> resource.decline(staff, "x".repeat(1001), NOW))
                .isInstanceOf(ResourceTransitionException.class);
        resource.decline(staff, " Out of scope ", NOW);
        assertThat(resource.status()).isEqualTo(ResourceStatus.DECLINED);
        assertThat(resource.declineReason()).isEqualTo("Out of scope");
        assertThatThrownBy(() -> resource.publish(staff, NOW)).isInstanceOf(ResourceTransitionException.class);
    }

    @Test
    void whoSeesAResource() {
        Resource members = withFile(ResourceVisibility.MEMBERS);
        Reader visitor = Reader.VISITOR;
        Reader member = new Reader(UUID.randomUUID(), true, false);
        Reader owner = new Reader(submitter, true, false);
        Reader staffReader = new Reader(staff, true, true);
        assertThat(members.visibleTo(member)).isFalse();
        assertThat(members.visibleTo(owner)).isTrue();
        assertThat(members.visibleTo(staffReader)).isTrue();
        members.publish(staff, NOW);
        assertThat(members.visibleTo(visitor)).isFalse();
        assertThat(members.visibleTo(member)).isTrue();
        assertThat(members.changeableBy(member)).isFalse();
        assertThat(members.changeableBy(owner)).isTrue();
    }

    @Test
    void aResourceOfOneWorkingGroupIsReadOnlyByThoseTakingPartInIt() {
        Resource shared = withFile(ResourceVisibility.GROUP);
        Reader inTheCaucus = new Reader(UUID.randomUUID(), true, false, Set.of(CAUCUS), Set.of());
        Reader inAnotherGroup = new Reader(UUID.randomUUID(), true, false, Set.of(CAUCUS + 1), Set.of(CAUCUS));
        Reader staffReader = new Reader(staff, true, true);
        Reader staffOutsideAPrivateCaucus = new Reader(UUID.randomUUID(), true, true, Set.of(), Set.of(CAUCUS));
        assertThat(shared.groupId()).isEqualTo(CAUCUS);
        assertThat(shared.visibleTo(inTheCaucus)).isFalse();
        shared.publish(staff, NOW);
        assertThat(shared.visibleTo(inTheCaucus)).isTrue();
        assertThat(shared.visibleTo(inAnotherGroup)).isFalse();
        assertThat(shared.visibleTo(new Reader(UUID.randomUUID(), true, false))).isFalse();
        assertThat(shared.visibleTo(Reader.VISITOR)).isFalse();
        assertThat(shared.visibleTo(staffReader)).isTrue();
        assertThat(shared.visibleTo(staffOutsideAPrivateCaucus)).isFalse();
        assertThat(shared.changeableBy(staffOutsideAPrivateCaucus)).isFalse();
        assertThat(shared.isPublic()).isFalse();
        shared.describe(description(ResourceVisibility.MEMBERS, null));
        assertThat(shared.groupId()).isNull();
        assertThatThrownBy(() -> new Resource(new ResourceDescription("A", "B", ResourceType.TOOLKIT, null,
                ResourceVisibility.GROUP, null, null, Set.of(), Set.of(), List.of(), Set.of(), Set.of(), Set.of()),
                submitter, NOW)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNewVersionKeepsTheOldOnesAndOnlyTheCurrentOneIsSearched() {
        Resource resource = withFile(ResourceVisibility.PUBLIC);
        ResourceFile file = resource.files().get(0);
        file.current().orElseThrow().extracted("old words");
        FileVersion second = version("second.txt");
        file.add(second);
        second.extracted("new words");
        assertThat(file.versions()).extracting(FileVersion::number).containsExactly(2, 1);
        assertThat(file.current()).contains(second);
        assertThat(resource.getContent()).isEqualTo("new words");
    }

    private Resource withFile(ResourceVisibility visibility) {
        Resource resource = new Resource(description(visibility, null), submitter, NOW);
        resource.addFile(version("first.txt"));
        return resource;
    }

    private FileVersion version(String name) {
        byte[] content = "text".getBytes(StandardCharsets.UTF_8);
        return new FileVersion(new CheckedFile(name, FileKind.TXT, content.length, content), UUID.randomUUID().toString(),
                submitter, NOW);
    }

    private static ResourceDescription description(ResourceVisibility visibility, String link) {
        return new ResourceDescription("A toolkit", "What it is", ResourceType.TOOLKIT, null, visibility,
                visibility == ResourceVisibility.GROUP ? CAUCUS : null, link,
                Set.of("en"), Set.of(), List.of("Ana"), Set.of(), Set.of(3), Set.of("ICCPR"));
    }
}
