package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attendances extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findByAssemblyId(Long assemblyId);
}
