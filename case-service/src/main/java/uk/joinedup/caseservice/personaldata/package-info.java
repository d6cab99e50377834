/**
 * Personal data in events (issue 16, ADR 31): which subject an event's content belongs to ({@link
 * uk.joinedup.caseservice.personaldata.PersonalData}, {@link uk.joinedup.caseservice.personaldata.DataSubject}),
 * so the event store can seal it under that subject's key, and what an event reads as once the key is destroyed
 * ({@link uk.joinedup.caseservice.personaldata.ErasedEvent}). Depends on nothing else in the service, so every
 * feature's {@code api} package may use it.
 */
package uk.joinedup.caseservice.personaldata;
