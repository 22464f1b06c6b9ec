package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Proxies extends JpaRepository<Proxy, Long> {

    /** Every delegation and withdrawal at the assembly, oldest first (the latest of each member holds). */
    List<Proxy> findByAssemblyIdOrderByRecordedAtAscIdAsc(Long assemblyId);
}
