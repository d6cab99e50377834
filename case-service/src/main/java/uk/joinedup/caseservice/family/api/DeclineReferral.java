package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Decline a referral, saying why. */
public record DeclineReferral(
        @TargetAggregateIdentifier FamilyId familyId,
        ReferralId referralId,
        String reason,
        LocalDate declinedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
