package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Propose moving the family's case to another agency (the family moved area, or another agency should lead it),
 * with the practitioner there who would lead it. The case stays with the current lead until the receiving agency
 * accepts.
 *
 * @param expectedVersion the version the user saw; null only for callers inside the service (the demo script)
 * @param proposedLead the practitioner of the receiving agency who would lead the case, from the staff directory
 */
public record ProposeTransfer(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        TransferId transferId,
        TeamMember proposedLead,
        String reason,
        LocalDate proposedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
