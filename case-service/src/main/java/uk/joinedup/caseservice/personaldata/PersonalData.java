package uk.joinedup.caseservice.personaldata;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event whose content is personal data of one subject. The event store seals the whole payload under
 * that subject's key (ADR 31); once the key is destroyed the event reads as an {@link ErasedEvent}. An
 * event that names no one, or that must stay readable after an erasure (the erasure itself), does not
 * implement it.
 */
public interface PersonalData {

    @JsonIgnore
    DataSubject dataSubject();
}
