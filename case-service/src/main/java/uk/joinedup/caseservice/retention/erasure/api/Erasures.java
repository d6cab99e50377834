package uk.joinedup.caseservice.retention.erasure.api;

import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/** How erasures are named: one per subject, so proposing a subject again finds the erasure already there. */
public final class Erasures {

    private Erasures() {}

    /** {@code erasure-person-<id>}, {@code erasure-family-<id>} or {@code erasure-candidate-<id>}. */
    public static ErasureId idFor(DataSubject subject) {
        return new ErasureId("erasure-" + subject.kind().prefix() + "-" + subject.id());
    }
}
