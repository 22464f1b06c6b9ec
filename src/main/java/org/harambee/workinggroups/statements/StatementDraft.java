package org.harambee.workinggroups.statements;

import org.springframework.modulith.NamedInterface;

/**
 * What owners write and choose while a statement is a draft: its title, whom it is addressed to, its text (Markdown),
 * who may read it once open, and whether individual members may sign it besides organizations.
 */
@NamedInterface(name = "seeding", propagate = false)
public record StatementDraft(String title, String target, String body, StatementVisibility visibility,
        boolean individualsMaySign) {
}
