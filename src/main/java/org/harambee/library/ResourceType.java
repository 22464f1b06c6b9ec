package org.harambee.library;

import org.springframework.modulith.NamedInterface;

/** What kind of material a resource is. */
@NamedInterface(name = "seeding", propagate = false)
public enum ResourceType {
    TOOLKIT, MODEL_POLICY, REPORT, SHADOW_REPORT, TRAINING, FACT_SHEET, VIDEO_OR_LINK
}
