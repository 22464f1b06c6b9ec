package org.harambee.membership;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicationDraftRepository extends JpaRepository<ApplicationDraft, UUID> {

    @Modifying
    @Query("delete from ApplicationDraft d where d.savedAt < :before")
    int deleteSavedBefore(Instant before);
}
