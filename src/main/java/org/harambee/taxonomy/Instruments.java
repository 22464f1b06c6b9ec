package org.harambee.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Instruments extends JpaRepository<Instrument, String> {

    List<Instrument> findAllByOrderBySortOrder();
}
