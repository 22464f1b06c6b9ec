package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** What kind of organization a member is. */
@NamedInterface(name = "api", propagate = false)
public enum OrganizationType {
    GRASSROOTS, ADVOCACY, LEGAL_SERVICES, RESEARCH_ACADEMIC, FAITH_BASED, LABOR_UNION, COALITION, OTHER
}
