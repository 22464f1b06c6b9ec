package org.harambee.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state, the District of Columbia or a territory, with its census region. */
@Entity
@Table(name = "us_state")
class StoredState {

    @Id
    private String code;
    private String name;
    private String kind;
    private String region;

    protected StoredState() {
    }

    UsState published() {
        return new UsState(code, name, kind, region);
    }
}
