package org.harambee.workinggroups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Posts extends JpaRepository<Post, Long> {

    List<Post> findByDiscussionIdOrderByPostedAtAscIdAsc(Long discussionId);
}
