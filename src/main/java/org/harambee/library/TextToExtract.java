package org.harambee.library;

import java.util.UUID;

/**
 * A file version's text is to be read: it was just uploaded, or staff asked to read it again after a failure. It
 * is read once the transaction that said so has committed.
 */
record TextToExtract(UUID versionId) {
}
