package org.harambee.taxonomy;

/** How the Universal Declaration's rights are grouped in the network's principles of unity. */
public enum RightsFamily {
    FOUNDATIONAL, CIVIL_POLITICAL, ECONOMIC_SOCIAL_CULTURAL
}
