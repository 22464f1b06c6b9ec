package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeatClasses extends JpaRepository<SeatClass, Long> {

    List<SeatClass> findByBodyIdOrderByPosition(Long bodyId);
}
