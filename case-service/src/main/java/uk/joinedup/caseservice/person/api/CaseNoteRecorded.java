package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;

/** A practitioner of the owning agency wrote a note about the person. */
@Revision("1")
public record CaseNoteRecorded(
        PersonId personId, String noteId, LocalDate occurredOn, String text, AgencyId owningAgency)
        implements PersonEvent {}
