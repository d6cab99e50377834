/**
 * Retention (issue 16, ADR 33): how long the council keeps a person's or a family's records, and when that
 * ends. {@link uk.joinedup.caseservice.retention.schedules} reads the retention schedules (configuration, one
 * YAML file per schedule, each with its basis in law or guidance); {@link
 * uk.joinedup.caseservice.retention.evaluation} works out, from a subject's dates, the day retention ends for
 * each category held and overall, and which schedule decided it; {@link uk.joinedup.caseservice.retention.due}
 * files each subject by that day. {@link uk.joinedup.caseservice.retention.review} proposes erasing each subject
 * whose retention has ended, once a day, and {@link uk.joinedup.caseservice.retention.erasure} is the erasure
 * itself as far as officers decide it (ADR 31 section 5): proposed, approved or held and released, completed.
 * Carrying an approved erasure out (destroying the key, purging the read models) is not here.
 */
package uk.joinedup.caseservice.retention;
