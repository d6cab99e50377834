/**
 * Retention schedules as configuration. A schedule is one YAML file under {@code retention/} on the class
 * path: which records it covers (an early-help family case, a child's records or an adult's, and which
 * information categories), what starts the period (the case closed, the date of birth, the last fact recorded
 * in the category), the period (ISO-8601, e.g. {@code P6Y}) and its basis in words. {@link
 * uk.joinedup.caseservice.retention.schedules.RetentionSchedules} reads and checks them when the service
 * starts; a file that cannot be used (an unknown key, a category or trigger that does not exist, a period that
 * does not parse, two schedules covering the same records and category without both saying the longer wins)
 * stops the start with {@link uk.joinedup.caseservice.retention.schedules.RetentionScheduleInvalid} naming the
 * file.
 */
package uk.joinedup.caseservice.retention.schedules;
