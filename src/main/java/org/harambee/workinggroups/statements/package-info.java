/**
 * Joint sign-on statements and letters: a working group's conveners (or the network's staff) draft one, keeping
 * every earlier text, open it for signatures until a deadline, close it and record its delivery; member
 * organizations sign it through their authorized representatives, and individual members when it allows them.
 * The demo network uses {@link org.harambee.workinggroups.statements.Statements}.
 */
@NamedInterface("statements")
package org.harambee.workinggroups.statements;

import org.springframework.modulith.NamedInterface;
