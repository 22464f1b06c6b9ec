package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A member at a general assembly: checked in or out, last changed by whom and when (each change is audited). */
@Entity
@Table(name = "assembly_attendance")
@IdClass(Attendance.Key.class)
class Attendance {

    record Key(Long assemblyId, Long memberId) implements Serializable {

        Key() {
            this(null, null);
        }
    }

    @Id
    private Long assemblyId;
    @Id
    private Long memberId;
    private boolean present;
    private UUID changedBy;
    private Instant changedAt;

    protected Attendance() {
    }

    Attendance(Long assemblyId, Long memberId) {
        this.assemblyId = assemblyId;
        this.memberId = memberId;
    }

    void mark(boolean present, UUID by, Instant at) {
        this.present = present;
        this.changedBy = by;
        this.changedAt = at;
    }

    Long memberId() {
        return memberId;
    }

    boolean present() {
        return present;
    }
}
