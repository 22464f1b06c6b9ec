package org.harambee.workinggroups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByGroupIdOrderByStartsAtDesc(Long groupId);
}
