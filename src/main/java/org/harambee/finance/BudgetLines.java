package org.harambee.finance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetLines extends JpaRepository<BudgetLine, BudgetLine.Key> {

    @Query("select b from BudgetLine b where b.key.budgetYear = :year")
    List<BudgetLine> findByYear(int year);
}
