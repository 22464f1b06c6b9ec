package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RollCorrections extends JpaRepository<RollCorrection, RollCorrection.Key> {

    List<RollCorrection> findByElectionId(Long electionId);
}
