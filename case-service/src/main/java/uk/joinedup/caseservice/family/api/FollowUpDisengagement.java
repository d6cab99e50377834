package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record what the team did after the family stopped engaging (seed 003, 632: "redoubling of efforts" after an
 * unanswered door): it clears the flag the disengagement rule raised before this day.
 */
public record FollowUpDisengagement(
        @TargetAggregateIdentifier FamilyId familyId,
        String note,
        LocalDate followedUpOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
