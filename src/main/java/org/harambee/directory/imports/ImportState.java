package org.harambee.directory.imports;

/** Where an organization import stands. Transitions are guarded by {@link OrganizationImport}. */
public enum ImportState {
    /** The file is being read and checked, in the background. */
    CHECKING,
    /** The file as a whole cannot be imported (encoding, header, size); nothing was imported. */
    REFUSED,
    /** Checked: staff review the problems and matches, choose skip or update, and import. */
    READY,
    /** Being imported, in the background, all or nothing. */
    COMMITTING,
    /** Imported. */
    DONE,
    /** Something went wrong while checking or importing; nothing was imported. */
    FAILED;

    public boolean running() {
        return this == CHECKING || this == COMMITTING;
    }
}
