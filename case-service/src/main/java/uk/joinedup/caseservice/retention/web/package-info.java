/**
 * The information-governance officers' REST adapter for retention: the schedules with their bases, and the
 * people and families whose retention has ended by a day (ids, the deciding category and schedule, the day;
 * nothing else about their facts). Officers only (SecurityConfiguration).
 */
package uk.joinedup.caseservice.retention.web;
