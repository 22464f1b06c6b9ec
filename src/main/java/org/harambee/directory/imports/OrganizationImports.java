package org.harambee.directory.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationImports extends JpaRepository<OrganizationImport, UUID> {

    List<OrganizationImport> findTop10ByOrderByCreatedAtDesc();

    List<OrganizationImport> findByCreatedAtBefore(Instant before);
}
