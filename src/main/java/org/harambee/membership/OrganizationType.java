package org.harambee.membership;

/** What kind of organization a member is. */
public enum OrganizationType {
    GRASSROOTS, ADVOCACY, LEGAL_SERVICES, RESEARCH_ACADEMIC, FAITH_BASED, LABOR_UNION, COALITION, OTHER
}
