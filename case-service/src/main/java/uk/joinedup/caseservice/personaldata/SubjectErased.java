package uk.joinedup.caseservice.personaldata;

/**
 * An erasure reached a subject's record: whatever holds that subject's personal data outside the sealed events
 * (read models, the access log's search text, import staging, stored answers) deletes it on this event, while
 * the key still exists. Implemented by the person's and the family's erasure events, so a store that is not
 * a feature can listen without knowing either.
 */
public interface SubjectErased {

    DataSubject erasedSubject();

    ErasureId erasureId();
}
