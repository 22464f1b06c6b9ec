package org.harambee.library;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceCollections extends JpaRepository<ResourceCollection, Long> {

    /** Every collection with its resource ids, in one query. */
    @EntityGraph(attributePaths = "resources")
    List<ResourceCollection> findAllByOrderByTitleAsc();

    @EntityGraph(attributePaths = "resources")
    @Query("select c from ResourceCollection c where ?1 member of c.resources order by c.title")
    List<ResourceCollection> findHolding(Long resourceId);
}
