package org.harambee.taxonomy;

import org.springframework.modulith.NamedInterface;

/** How the Universal Declaration's rights are grouped in the network's principles of unity. */
@NamedInterface(name = "api", propagate = false)
public enum RightsFamily {
    FOUNDATIONAL, CIVIL_POLITICAL, ECONOMIC_SOCIAL_CULTURAL
}
