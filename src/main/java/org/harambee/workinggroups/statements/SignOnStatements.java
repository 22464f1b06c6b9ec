package org.harambee.workinggroups.statements;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SignOnStatements extends JpaRepository<SignOnStatement, Long> {

    List<SignOnStatement> findByOpenedAtAfter(Instant since);

    /**
     * The statement, its row locked until the transaction ends: signatures of one statement are recorded one at a
     * time, and never while it is being closed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SignOnStatement s where s.id = ?1")
    Optional<SignOnStatement> findForSignatures(Long id);

    @EntityGraph(attributePaths = "versions")
    @Query("select s from SignOnStatement s where s.id = ?1")
    Optional<SignOnStatement> findWithVersions(Long id);

    /** Statements past drafting with one of these visibilities, most recently opened first. */
    List<SignOnStatement> findTop500ByStateNotAndVisibilityInOrderByOpenedAtDesc(StatementState state,
            Collection<StatementVisibility> visibilities);

    List<SignOnStatement> findByStateAndGroupIdIsNullOrderByEditedAtDesc(StatementState state);

    List<SignOnStatement> findByStateAndGroupIdInOrderByEditedAtDesc(StatementState state, Collection<Long> groupIds);

    @Query("select s.id from SignOnStatement s where s.state = ?1 and s.closesAt <= ?2")
    List<Long> findIdsClosingBy(StatementState state, Instant now);
}
