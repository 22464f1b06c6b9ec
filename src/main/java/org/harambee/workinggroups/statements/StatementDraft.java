package org.harambee.workinggroups.statements;

/**
 * What owners write and choose while a statement is a draft: its title, whom it is addressed to, its text (Markdown),
 * who may read it once open, and whether individual members may sign it besides organizations.
 */
public record StatementDraft(String title, String target, String body, StatementVisibility visibility,
        boolean individualsMaySign) {
}
