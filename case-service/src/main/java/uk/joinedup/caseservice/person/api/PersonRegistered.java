package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;

/** A person became known to JoinedUp through the registering agency. */
@Revision("1")
public record PersonRegistered(PersonId personId, PersonName name, LocalDate dateOfBirth, AgencyId registeredBy)
        implements PersonEvent {}
