package org.harambee.workinggroups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Discussions extends JpaRepository<Discussion, Long> {

    List<Discussion> findByGroupIdOrderByPinnedDescLastPostAtDesc(Long groupId);

    List<Discussion> findByGroupIdAndReadableOutsideTrueOrderByPinnedDescLastPostAtDesc(Long groupId);
}
