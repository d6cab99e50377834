package uk.joinedup.caseservice.retention.due;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.joinedup.caseservice.retention.evaluation.Cases;
import uk.joinedup.caseservice.retention.evaluation.SubjectDates;

/**
 * A family's dates, as held, written only by the family's own events.
 *
 * @param familyId the family's id
 * @param cases its case, under {@code case}
 * @param lastFacts the last day per category name its own record holds
 * @param members everyone who has belonged to it, current or former
 */
record RetainedFamily(
        @JsonProperty("_id") String familyId,
        Map<String, CaseState> cases,
        Map<String, String> lastFacts,
        List<String> members) {

    static final String CASE = "case";

    RetainedFamily {
        cases = cases == null ? Map.of() : cases;
        lastFacts = lastFacts == null ? Map.of() : lastFacts;
        members = members == null ? List.of() : members;
    }

    CaseState caseState() {
        return cases.getOrDefault(CASE, CaseState.NONE);
    }

    SubjectDates subjectDates() {
        CaseState state = caseState();
        return new SubjectDates(
                Optional.empty(),
                new Cases(state.open(), Optional.ofNullable(state.lastClosed()).map(LocalDate::parse)),
                LastFacts.read(lastFacts));
    }
}
