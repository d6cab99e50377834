/**
 * The shape of a refused command: every business rule that can refuse throws a {@link
 * uk.joinedup.caseservice.rules.RuleViolation} with a stable code and a message a keyworker can act on.
 */
package uk.joinedup.caseservice.rules;
