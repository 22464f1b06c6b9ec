package org.harambee.finance;

import org.springframework.data.jpa.repository.JpaRepository;

interface DuesAttestations extends JpaRepository<DuesAttestation, DuesAttestation.Key> {
}
