package org.harambee.directory.imports;

/** What a running import is doing now, for its progress page. */
public enum ImportStep {
    READING, CHECKING, CHECKING_AGAIN, STORING
}
