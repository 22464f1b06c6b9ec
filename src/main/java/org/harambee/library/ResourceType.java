package org.harambee.library;

/** What kind of material a resource is. */
public enum ResourceType {
    TOOLKIT, MODEL_POLICY, REPORT, SHADOW_REPORT, TRAINING, FACT_SHEET, VIDEO_OR_LINK
}
