/**
 * When retention ends, worked out from a subject's dates and the schedules: pure, no Spring, no Axon, no
 * storage. {@link uk.joinedup.caseservice.retention.evaluation.RetentionEvaluation} gives, for each information
 * category a person or family holds, the day its retention ends and the schedule (with its basis) that decided
 * it, or why it does not end (a case is open; no schedule covers it; the date of birth is not known), and
 * overall the latest of them. {@link uk.joinedup.caseservice.retention.evaluation.RetentionDays} is the one
 * place that adds a period to a day (an anniversary that does not exist, 29 February in a common year, falls
 * on the next day, 1 March).
 */
package uk.joinedup.caseservice.retention.evaluation;
