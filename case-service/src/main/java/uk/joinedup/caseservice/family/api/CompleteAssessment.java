package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Record a whole-family assessment. */
public record CompleteAssessment(
        @TargetAggregateIdentifier FamilyId familyId,
        AssessmentId assessmentId,
        List<AssessedNeed> needs,
        LocalDate completedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
