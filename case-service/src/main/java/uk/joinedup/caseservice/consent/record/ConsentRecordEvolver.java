package uk.joinedup.caseservice.consent.record;

import java.util.List;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.consent.api.ConsentEvent;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;

/** How each consent event changes the stored consent: a pure function (ADR 7). */
final class ConsentRecordEvolver {

    private ConsentRecordEvolver() {}

    /**
     * @param consent the consent as stored, or null before its first event
     * @param version the event's sequence number in the consent's stream
     */
    static ConsentRecord evolve(ConsentRecord consent, ConsentEvent event, Recorded recorded, long version) {
        if (event instanceof ConsentRecorded given) {
            ConsentChange change = new ConsentChange(
                    ConsentChange.Kind.RECORDED,
                    given.validFrom(),
                    recorded.at(),
                    recorded.by(),
                    recorded.agency(),
                    recorded.agencyName(),
                    null);
            return new ConsentRecord(
                    given.consentId().value(),
                    given.personId().value(),
                    given.givenBy(),
                    given.giverName(),
                    given.recipients(),
                    given.categories(),
                    given.purpose(),
                    given.validFrom(),
                    given.validUntil(),
                    given.evidence(),
                    given.evidenceNote(),
                    given.recordedBy(),
                    recorded.agencyName(),
                    recorded.agencyKind(),
                    recorded.by(),
                    recorded.at(),
                    null,
                    null,
                    List.of(change),
                    version);
        }
        if (event instanceof ConsentWithdrawn withdrawal) {
            if (consent == null) {
                throw new IllegalStateException("A withdrawal of a consent that was never recorded");
            }
            ConsentChange change = new ConsentChange(
                    ConsentChange.Kind.WITHDRAWN,
                    withdrawal.withdrawnOn(),
                    recorded.at(),
                    recorded.by(),
                    recorded.agency(),
                    recorded.agencyName(),
                    withdrawal.reason());
            return consent.withdrawn(withdrawal.withdrawnOn(), withdrawal.reason(), change, version);
        }
        throw new IllegalArgumentException(
                "Unknown consent event " + event.getClass().getSimpleName());
    }
}
