/**
 * Retention (issue 16, ADR 33): how long the council keeps a person's or a family's records, and when that
 * ends. {@link uk.joinedup.caseservice.retention.schedules} reads the retention schedules (configuration, one
 * YAML file per schedule, each with its basis in law or guidance); {@link
 * uk.joinedup.caseservice.retention.evaluation} works out, from a subject's dates, the day retention ends for
 * each category held and overall, and which schedule decided it. Proposing, approving and carrying out an
 * erasure (ADR 31) are not here yet.
 */
package uk.joinedup.caseservice.retention;
