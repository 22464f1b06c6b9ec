package org.harambee.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HumanRights extends JpaRepository<StoredRight, Integer> {

    List<StoredRight> findAllByOrderByArticleAsc();
}
