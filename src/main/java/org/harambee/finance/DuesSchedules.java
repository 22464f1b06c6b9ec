package org.harambee.finance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuesSchedules extends JpaRepository<DuesSchedule, Integer> {

    List<DuesSchedule> findAllByOrderByMembershipYearDesc();
}
