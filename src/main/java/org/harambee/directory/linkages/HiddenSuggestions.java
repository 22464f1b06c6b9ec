package org.harambee.directory.linkages;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HiddenSuggestions extends JpaRepository<HiddenSuggestion, Long> {

    List<HiddenSuggestion> findByOrganizationIdOrderByHiddenAtDesc(Long organizationId);

    boolean existsByOrganizationIdAndHiddenOrganizationId(Long organizationId, Long hiddenOrganizationId);

    Optional<HiddenSuggestion> findByIdAndOrganizationId(Long id, Long organizationId);
}
