package uk.joinedup.caseservice.personaldata;

import org.axonframework.serialization.Revision;

/**
 * What an event holding personal data reads as once its subject's key has been destroyed: only that it
 * happened, what type it was and whose it was. Never appended: the event store gives it in place of the
 * sealed event. Aggregates handle it (their record is erased); projections do not, so it changes nothing.
 *
 * @param originalType the class name of the event as it was written
 * @param subject the key id of the subject it belonged to, e.g. {@code person/p-1}
 */
@Revision("1")
public record ErasedEvent(String originalType, String subject) {}
