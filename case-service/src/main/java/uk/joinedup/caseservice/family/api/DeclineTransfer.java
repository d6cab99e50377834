package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Decline a proposed transfer, as a team manager of the receiving agency, saying why: the case stays where it is. */
public record DeclineTransfer(
        @TargetAggregateIdentifier FamilyId familyId,
        TransferId transferId,
        String reason,
        LocalDate declinedOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
