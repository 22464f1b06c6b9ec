package org.harambee.governance;

import org.springframework.data.jpa.repository.JpaRepository;

interface VotingRepresentatives extends JpaRepository<VotingRepresentative, Long> {
}
