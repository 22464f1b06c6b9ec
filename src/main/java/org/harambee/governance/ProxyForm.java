package org.harambee.governance;

import jakarta.validation.constraints.NotNull;

/** A member's proxy at an assembly: which member gives it, and to which member organization (none withdraws it). */
public class ProxyForm {

    @NotNull
    private Long grantor;
    private Long holder;

    public Long getGrantor() {
        return grantor;
    }

    public void setGrantor(Long grantor) {
        this.grantor = grantor;
    }

    public Long getHolder() {
        return holder;
    }

    public void setHolder(Long holder) {
        this.holder = holder;
    }
}
