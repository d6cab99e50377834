package uk.joinedup.caseservice.infrastructure.eventstore;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** A test event holding a person's personal data: sealed under their key. */
@Revision("1")
record SealedNote(String person, String text) implements PersonalData {

    @Override
    public DataSubject dataSubject() {
        return DataSubject.person(person);
    }
}
