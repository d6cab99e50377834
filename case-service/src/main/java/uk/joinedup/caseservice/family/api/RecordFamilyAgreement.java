package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Record that the family agreed to their current support plan. */
public record RecordFamilyAgreement(
        @TargetAggregateIdentifier FamilyId familyId,
        PlanId planId,
        String agreedBy,
        LocalDate agreedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
