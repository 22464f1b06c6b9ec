package org.harambee.workinggroups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupTasks extends JpaRepository<GroupTask, Long> {

    List<GroupTask> findByGroupIdOrderByStatusAscDueOnAscIdAsc(Long groupId);
}
