package uk.joinedup.caseservice.person.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.personaldata.SubjectErased;

/**
 * The person's record was erased by an approved erasure: their key is destroyed next, after which every event
 * before this one reads as erased. Not personal data itself (ids only), so it stays readable: projections purge
 * the person on it, and the aggregate refuses every later command.
 */
@Revision("1")
public record PersonErased(PersonId personId, ErasureId erasureId) implements SubjectErased {

    @Override
    public DataSubject erasedSubject() {
        return DataSubject.person(personId.value());
    }
}
