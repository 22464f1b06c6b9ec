package org.harambee.workinggroups;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationPreferences extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    @Query("select p from NotificationPreference p where p.key.groupId = :groupId and p.key.accountId in :accounts")
    List<NotificationPreference> findFor(Long groupId, Collection<UUID> accounts);
}
