package uk.joinedup.caseservice.identification.record;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasedAlongside;

/**
 * The candidates for early help whose decisions are about a subject erased, their keys destroyed with its (ADR 31):
 * for a person, the households decided on that name them as a member; for a family, the family as a candidate.
 */
@Component
class CandidatesErasedAlongside implements ErasedAlongside {

    private final DecisionRecords decisions;

    CandidatesErasedAlongside(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<DataSubject> with(DataSubject erased) {
        return switch (erased.kind()) {
            case PERSON ->
                decisions.householdsNaming(new PersonId(erased.id())).stream()
                        .map(household -> DataSubject.candidate(household.value()))
                        .toList();
            case FAMILY ->
                List.of(DataSubject.candidate(
                        CandidateId.of(new FamilyId(erased.id())).value()));
            case CANDIDATE -> List.of();
        };
    }
}
