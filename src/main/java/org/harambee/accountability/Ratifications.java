package org.harambee.accountability;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Ratifications extends JpaRepository<Ratification, Ratification.Key> {

    List<Ratification> findByKeyCountry(String country);
}
