/**
 * The shape of a refused command: every business rule that can refuse throws a {@link
 * uk.joinedup.caseservice.rules.RuleViolation} with a stable code and a message a keyworker can act on;
 * a change to a record the actor may not know about is answered as for an unknown record ({@link
 * uk.joinedup.caseservice.rules.NoSuchRecord}).
 */
package uk.joinedup.caseservice.rules;
