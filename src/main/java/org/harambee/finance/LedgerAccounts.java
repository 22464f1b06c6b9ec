package org.harambee.finance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerAccounts extends JpaRepository<LedgerAccount, Long> {

    List<LedgerAccount> findAllByOrderByCodeAsc();

    boolean existsByCode(String code);

    List<LedgerAccount> findByCodeIn(List<String> codes);
}
