package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Amendments extends JpaRepository<Amendment, Long> {

    List<Amendment> findByResolutionIdOrderByNumber(Long resolutionId);
}
