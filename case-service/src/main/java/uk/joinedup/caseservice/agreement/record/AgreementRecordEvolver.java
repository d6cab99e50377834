package uk.joinedup.caseservice.agreement.record;

import java.util.List;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEnded;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEvent;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRegistered;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRevised;
import uk.joinedup.caseservice.chronology.Recorded;

/** How each agreement event changes the stored agreement: a pure function (ADR 7). */
final class AgreementRecordEvolver {

    private AgreementRecordEvolver() {}

    /**
     * @param agreement the agreement as stored, or null before its first event
     * @param version the event's sequence number in the agreement's stream
     */
    static AgreementRecord evolve(
            AgreementRecord agreement, SharingAgreementEvent event, Recorded recorded, long version) {
        if (event instanceof SharingAgreementRegistered registered) {
            AgreementVersion first = new AgreementVersion(
                    registered.version(),
                    registered.terms(),
                    null,
                    recorded.by(),
                    recorded.agency(),
                    recorded.agencyName(),
                    recorded.at());
            return new AgreementRecord(
                    registered.agreementId().value(), List.of(first), null, null, null, null, version);
        }
        if (agreement == null) {
            throw new IllegalStateException("An agreement event before the agreement was registered");
        }
        if (event instanceof SharingAgreementRevised revised) {
            return agreement.with(
                    new AgreementVersion(
                            revised.version(),
                            revised.terms(),
                            revised.reason(),
                            recorded.by(),
                            recorded.agency(),
                            recorded.agencyName(),
                            recorded.at()),
                    version);
        }
        if (event instanceof SharingAgreementEnded ended) {
            return agreement.ended(ended.endsOn(), ended.reason(), recorded.by(), recorded.at(), version);
        }
        throw new IllegalArgumentException(
                "Unknown sharing agreement event " + event.getClass().getSimpleName());
    }
}
