package uk.joinedup.caseservice.agreement.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.sharing.AgreementTerms;

/**
 * An agreement as stored: every version, oldest first, and its end if it was ended.
 *
 * @param endedOn the last day given when it was ended, or null
 * @param endReason why it was ended, or null
 * @param endedBy who ended it, or null
 * @param endedAt when it was ended, or null
 * @param version the sequence number of the last event applied
 */
record AgreementRecord(
        @JsonProperty("_id") String agreementId,
        List<AgreementVersion> versions,
        LocalDate endedOn,
        String endReason,
        String endedBy,
        Instant endedAt,
        long version) {

    AgreementRecord {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    AgreementVersion current() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The current version as the policy reads it: its last day is the earlier of the one its terms give
     * and the one it was ended on (ending never lengthens an agreement).
     */
    AgreementTerms currentTerms() {
        AgreementVersion current = current();
        Terms terms = current.terms();
        LocalDate endsOn = terms.endsOn();
        if (endedOn != null && (endsOn == null || endedOn.isBefore(endsOn))) {
            endsOn = endedOn;
        }
        return terms(current.version(), terms, endsOn);
    }

    /** A version's terms as it was agreed, or null if there is no such version. */
    AgreementTerms termsOfVersion(int number) {
        return versions.stream()
                .filter(candidate -> candidate.version() == number)
                .findFirst()
                .map(found ->
                        terms(found.version(), found.terms(), found.terms().endsOn()))
                .orElse(null);
    }

    AgreementRecord with(AgreementVersion next, long newVersion) {
        List<AgreementVersion> all = new ArrayList<>(versions);
        all.add(next);
        return new AgreementRecord(agreementId, all, endedOn, endReason, endedBy, endedAt, newVersion);
    }

    AgreementRecord ended(LocalDate on, String reason, String by, Instant at, long newVersion) {
        return new AgreementRecord(agreementId, versions, on, reason, by, at, newVersion);
    }

    private AgreementTerms terms(int number, Terms terms, LocalDate endsOn) {
        return new AgreementTerms(
                agreementId,
                number,
                terms.title(),
                terms.parties(),
                terms.categories(),
                terms.purposes(),
                terms.lawfulBases(),
                terms.startsOn(),
                terms.reviewOn(),
                endsOn);
    }
}
