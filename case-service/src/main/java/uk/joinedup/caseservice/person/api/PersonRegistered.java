package uk.joinedup.caseservice.person.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;

/** A person became known to JoinedUp through the registering agency, which owns these details. */
@Revision("1")
public record PersonRegistered(PersonId personId, PersonDetails details, AgencyId registeredBy)
        implements PersonEvent {}
