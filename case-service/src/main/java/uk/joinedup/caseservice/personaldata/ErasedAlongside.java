package uk.joinedup.caseservice.personaldata;

import java.util.List;

/**
 * Subjects of their own whose sealed events are about a subject being erased, so that their keys are destroyed with
 * its: a feature that seals something about a person or family under another key says which keys. Asked once the
 * read models have handled the erasure's event, and again whenever a run cut short is repeated, so the answer must
 * survive that event.
 */
public interface ErasedAlongside {

    /** The subjects whose keys go with this one's; none if there are none. */
    List<DataSubject> with(DataSubject erased);
}
