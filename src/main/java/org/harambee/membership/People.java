package org.harambee.membership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface People extends JpaRepository<Person, Long> {

    List<Person> findByEmail(String email);
}
