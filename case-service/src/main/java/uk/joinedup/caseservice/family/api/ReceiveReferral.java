package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Refer the family into the programme, as the actor's agency. */
public record ReceiveReferral(
        @TargetAggregateIdentifier FamilyId familyId,
        ReferralId referralId,
        String reason,
        Set<RiskFactor> riskFactors,
        LocalDate receivedOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
