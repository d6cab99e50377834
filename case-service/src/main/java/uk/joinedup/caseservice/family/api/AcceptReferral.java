package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Accept a referral, opening the case if it is not open, and allocate a first keyworker. */
public record AcceptReferral(
        @TargetAggregateIdentifier FamilyId familyId,
        ReferralId referralId,
        TeamMember allocatedTo,
        LocalDate acceptedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
