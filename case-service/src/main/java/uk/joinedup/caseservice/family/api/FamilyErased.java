package uk.joinedup.caseservice.family.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.personaldata.SubjectErased;

/**
 * The family's record was erased by an approved erasure: its key is destroyed next, after which every event
 * before this one reads as erased. Ids only, so it stays readable: projections purge the family on it, and the
 * aggregate refuses every later command. The members' own records are erased, or kept, on their own.
 */
@Revision("1")
public record FamilyErased(FamilyId familyId, ErasureId erasureId) implements SubjectErased {

    @Override
    public DataSubject erasedSubject() {
        return DataSubject.family(familyId.value());
    }
}
