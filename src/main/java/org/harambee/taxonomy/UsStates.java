package org.harambee.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsStates extends JpaRepository<UsState, String> {

    List<UsState> findAllByOrderByNameAsc();
}
