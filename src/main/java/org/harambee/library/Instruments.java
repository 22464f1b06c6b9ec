package org.harambee.library;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Instruments extends JpaRepository<Instrument, String> {

    List<Instrument> findAllByOrderBySortOrder();
}
