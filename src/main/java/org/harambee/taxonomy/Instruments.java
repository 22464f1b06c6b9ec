package org.harambee.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Instruments extends JpaRepository<StoredInstrument, String> {

    List<StoredInstrument> findAllByOrderBySortOrder();
}
