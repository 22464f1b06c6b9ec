package org.harambee.workinggroups.statements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Signatures extends JpaRepository<Signature, Long> {

    boolean existsByStatementIdAndSignerKey(Long statementId, String signerKey);

    Optional<Signature> findByStatementIdAndSignerKey(Long statementId, String signerKey);

    List<Signature> findByStatementIdOrderBySignedAtAsc(Long statementId);

    long countByStatementId(Long statementId);

    /** Which of these statements any of these signers signed. */
    @Query("select distinct s.statementId from Signature s where s.statementId in ?1 and s.signerKey in ?2")
    List<Long> signedBy(Collection<Long> statementIds, Collection<String> signerKeys);

    /** Pairs of statement id and its number of signatures, for the statements that have any. */
    @Query("select s.statementId, count(s) from Signature s where s.statementId in ?1 group by s.statementId")
    List<Object[]> countsOf(Collection<Long> statementIds);
}
