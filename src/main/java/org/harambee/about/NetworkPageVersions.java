package org.harambee.about;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkPageVersions extends JpaRepository<NetworkPageVersion, Long> {

    Optional<NetworkPageVersion> findFirstByPageOrderByNumberDesc(NetworkPage page);

    Optional<NetworkPageVersion> findByPageAndNumber(NetworkPage page, int number);

    List<NetworkPageVersion> findByPageOrderByNumberDesc(NetworkPage page);
}
