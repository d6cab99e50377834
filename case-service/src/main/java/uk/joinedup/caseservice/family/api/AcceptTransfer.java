package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Accept a proposed transfer, as a team manager of the receiving agency: the lead professional hands the case over
 * to the receiving practitioner, who joins the team.
 *
 * @param expectedVersion the version the user saw; null only for callers inside the service (the demo script)
 * @param newLead who of the receiving agency leads the case: the practitioner proposed, or another the manager
 *     chose (from the staff directory)
 */
public record AcceptTransfer(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        TransferId transferId,
        TeamMember newLead,
        LocalDate acceptedOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
