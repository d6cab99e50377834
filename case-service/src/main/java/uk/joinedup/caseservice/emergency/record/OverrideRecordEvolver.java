package uk.joinedup.caseservice.emergency.record;

import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideEvent;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideReviewed;

/** How each override event changes the stored override: a pure function (ADR 7). */
final class OverrideRecordEvolver {

    private OverrideRecordEvolver() {}

    /**
     * @param override the override as stored, or null before its first event
     * @param version the event's sequence number in the override's stream
     */
    static OverrideRecord evolve(
            OverrideRecord override, EmergencyOverrideEvent event, Recorded recorded, long version) {
        if (event instanceof EmergencyAccessGranted granted) {
            return new OverrideRecord(
                    granted.overrideId().value(),
                    granted.personId().value(),
                    granted.userId(),
                    recorded.by(),
                    granted.agency(),
                    recorded.agencyName(),
                    recorded.agencyKind(),
                    granted.reason(),
                    granted.explanation(),
                    granted.from(),
                    granted.until(),
                    granted.openedAgencies(),
                    null,
                    version);
        }
        if (event instanceof EmergencyOverrideReviewed review) {
            if (override == null) {
                throw new IllegalStateException("A review of an override that was never granted");
            }
            return override.reviewed(
                    new OverrideReview(
                            review.justified(),
                            review.note(),
                            recorded.by(),
                            review.reviewedBy(),
                            recorded.agencyName(),
                            recorded.at()),
                    version);
        }
        throw new IllegalArgumentException(
                "Unknown emergency override event " + event.getClass().getSimpleName());
    }
}
