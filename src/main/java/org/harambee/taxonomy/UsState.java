package org.harambee.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state, the District of Columbia or a territory, with its census region. */
@Entity
@Table(name = "us_state")
public class UsState {

    @Id
    private String code;
    private String name;
    private String kind;
    private String region;

    protected UsState() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String region() {
        return region;
    }
}
