/**
 * The read model of when retention ends, and the question "whose retention has ended by day D" answered
 * without a scan (ADR 33). {@link uk.joinedup.caseservice.retention.due.RetentionProjection} keeps, from the
 * events, each person's and family's dates (date of birth, the day their record was opened, the last fact per
 * category, their cases open or closed) and files each under the month their retention ends ({@code
 * ends:2032-05}); {@link uk.joinedup.caseservice.retention.due.RetentionDue} reads the months up to D, and the
 * subjects filed there, by {@code _id}, and evaluates each again from its dates, so a filing left behind by a
 * later event (a case reopened, a new fact) is never reported.
 */
package uk.joinedup.caseservice.retention.due;
