package org.harambee.library;

/** The state of the text extraction of one file version. */
public enum Extraction {
    PENDING, EXTRACTED, FAILED
}
