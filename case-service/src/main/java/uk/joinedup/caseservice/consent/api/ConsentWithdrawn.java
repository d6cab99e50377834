package uk.joinedup.caseservice.consent.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The consent was withdrawn: from {@code withdrawnOn} it covers nothing.
 *
 * @param withdrawnOn the day it was withdrawn
 * @param reason why, as the person or the recorder put it
 */
@Revision("1")
public record ConsentWithdrawn(ConsentId consentId, PersonId personId, LocalDate withdrawnOn, String reason)
        implements ConsentEvent {}
