/**
 * The latest decision on each candidate for early help, one document per candidate id, read with the list by
 * {@code _id $in}: what was decided, why, by whom and on what day.
 */
package uk.joinedup.caseservice.identification.record;
