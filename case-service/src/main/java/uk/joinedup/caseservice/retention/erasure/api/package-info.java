/**
 * The erasure's contract (issue 16, ADR 31 section 5): the commands that propose, approve, hold, release and
 * complete an erasure, and the events that record them. The events name the subject by id, the schedule by
 * name, dates and the officer's user id, never a name or anything else about the subject: they must stay
 * readable after the subject's key is destroyed, so they are not {@code PersonalData}.
 */
package uk.joinedup.caseservice.retention.erasure.api;
