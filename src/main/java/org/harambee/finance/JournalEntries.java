package org.harambee.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalEntries extends JpaRepository<JournalEntry, Long> {

    Page<JournalEntry> findByEntryDateBetweenOrderByEntryDateDescIdDesc(LocalDate from, LocalDate to, Pageable page);

    List<JournalEntry> findByEntryDateBetweenOrderByEntryDateAscIdAsc(LocalDate from, LocalDate to);

    boolean existsByReversesId(Long id);

    Optional<JournalEntry> findByReversesId(Long id);

    /** Per account: the sum of its debits and of its credits over the entries dated in the period. */
    @Query("select l.accountId, sum(l.debit), sum(l.credit) from JournalEntry e join e.lines l"
            + " where e.entryDate between :from and :to group by l.accountId")
    List<Object[]> totals(LocalDate from, LocalDate to);
}
