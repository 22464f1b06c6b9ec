package org.harambee.accountability;

/** Where an import of recommendations is: reading and checking the file, storing it, done, or refused. */
public enum ImportState {
    READING, STORING, DONE, REFUSED, FAILED;

    public boolean running() {
        return this == READING || this == STORING;
    }
}
