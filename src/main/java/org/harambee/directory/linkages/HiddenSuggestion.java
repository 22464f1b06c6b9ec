package org.harambee.directory.linkages;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner an organization's representative (or staff) chose not to see suggested again, until shown again. */
@Entity
@Table(name = "partner_suggestion_hidden")
class HiddenSuggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    private Long hiddenOrganizationId;
    private UUID hiddenBy;
    private Instant hiddenAt;

    protected HiddenSuggestion() {
    }

    HiddenSuggestion(Long organizationId, Long hiddenOrganizationId, UUID hiddenBy, Instant hiddenAt) {
        if (organizationId.equals(hiddenOrganizationId)) {
            throw new IllegalArgumentException("An organization is never suggested to itself");
        }
        this.organizationId = organizationId;
        this.hiddenOrganizationId = hiddenOrganizationId;
        this.hiddenBy = hiddenBy;
        this.hiddenAt = hiddenAt;
    }

    Long id() {
        return id;
    }

    Long organizationId() {
        return organizationId;
    }

    Long hiddenOrganizationId() {
        return hiddenOrganizationId;
    }

    Instant hiddenAt() {
        return hiddenAt;
    }
}
