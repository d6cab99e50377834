package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;

/** A person died on the given date, as the recording agency was told. */
@Revision("1")
public record DeathRecorded(PersonId personId, LocalDate dateOfDeath, AgencyId recordedBy) implements PersonEvent {}
