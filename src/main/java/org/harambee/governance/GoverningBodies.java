package org.harambee.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoverningBodies extends JpaRepository<GoverningBody, Long> {

    Optional<GoverningBody> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<GoverningBody> findAllByOrderByNameEn();
}
