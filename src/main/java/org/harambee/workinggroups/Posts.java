package org.harambee.workinggroups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Posts extends JpaRepository<Post, Long> {

    /** A thread's posts with their earlier texts, which its page shows. */
    @EntityGraph(attributePaths = "revisions")
    List<Post> findByDiscussionIdOrderByPostedAtAscIdAsc(Long discussionId);

    /** A post with its thread, which the post's pages name. */
    @EntityGraph(attributePaths = "discussion")
    Optional<Post> findWithDiscussionById(Long id);
}
