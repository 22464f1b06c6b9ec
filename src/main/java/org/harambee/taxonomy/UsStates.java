package org.harambee.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsStates extends JpaRepository<StoredState, String> {

    List<StoredState> findAllByOrderByNameAsc();
}
