package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Nominations extends JpaRepository<Nomination, Long> {

    List<Nomination> findByElectionIdOrderByCandidateName(Long electionId);
}
