/**
 * Background jobs, one model for every long piece of work a person starts and follows (the imports of
 * recommendations and organizations today; the ledger import and the ballot upload next): queued, running with
 * its step and progress, then done, failed, or interrupted when the node running it stopped (a restart, a crash).
 * A job's domain result (what an import stored, why a file was refused) stays with the capability that ran it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background jobs",
        allowedDependencies = {})
package org.harambee.jobs;
