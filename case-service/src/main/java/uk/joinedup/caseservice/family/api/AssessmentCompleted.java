package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A whole-family assessment was completed, scoring needs across every domain. */
@Revision("1")
public record AssessmentCompleted(
        FamilyId familyId, AssessmentId assessmentId, List<AssessedNeed> needs, LocalDate completedOn)
        implements FamilyEvent {

    public AssessmentCompleted {
        needs = List.copyOf(needs);
    }
}
