package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One delegation of a member's vote at a general assembly to another member's delegate, or its withdrawal (no
 * holder). Every one is kept: the latest of a member says who holds its proxy now.
 */
@Entity
@Table(name = "assembly_proxy")
public class Proxy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assembly_proxy_seq")
    @SequenceGenerator(name = "assembly_proxy_seq", sequenceName = "assembly_proxy_seq", allocationSize = 50)
    private Long id;
    private Long assemblyId;
    private Long grantorId;
    private Long holderId;
    private UUID recordedBy;
    private Instant recordedAt;

    protected Proxy() {
    }

    Proxy(Long assemblyId, Long grantorId, Long holderId, UUID by, Instant at) {
        this.assemblyId = assemblyId;
        this.grantorId = grantorId;
        this.holderId = holderId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long grantorId() {
        return grantorId;
    }

    public Long holderId() {
        return holderId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
