package org.harambee.library;

import java.util.UUID;

/** A file version was stored; its text is extracted once the upload's transaction has committed. */
record FileVersionUploaded(UUID versionId) {
}
