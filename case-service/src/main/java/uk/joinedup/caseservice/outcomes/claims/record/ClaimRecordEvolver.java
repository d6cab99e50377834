package uk.joinedup.caseservice.outcomes.claims.record;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimDrafted;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimEvent;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimSubmitted;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord.Claim;
import uk.joinedup.caseservice.person.api.FactId;

/** How each claim event changes a result's claims: a pure function over the sealed events. */
final class ClaimRecordEvolver {

    private ClaimRecordEvolver() {}

    static ClaimRecord evolve(ClaimRecord record, ClaimEvent event, Recorded recorded, long version) {
        if (event instanceof ClaimDrafted drafted) {
            return drafted(record, drafted, recorded, version);
        }
        if (event instanceof ClaimSubmitted submitted) {
            return change(record, version, claim -> claim.moved(ClaimStatus.SUBMITTED, submitted.submittedOn()));
        }
        if (event instanceof ClaimPaid paid) {
            return change(record, version, claim -> claim.moved(ClaimStatus.PAID, paid.paidOn()));
        }
        if (event instanceof ClaimRejected rejected) {
            return change(record, version, claim -> claim.moved(ClaimStatus.REJECTED, rejected.rejectedOn())
                    .because(rejected.reason()));
        }
        // The interface is sealed: a new event fails the evolver's test until it is handled here.
        throw new IllegalArgumentException(
                "Unknown claim event " + event.getClass().getSimpleName());
    }

    private static ClaimRecord drafted(ClaimRecord record, ClaimDrafted event, Recorded recorded, long version) {
        List<Claim> claims = new ArrayList<>(record == null ? List.of() : record.claims());
        String claimId = event.claimId().value();
        claims.add(new Claim(
                event.claimNumber(),
                event.claimId().reference(event.claimNumber()),
                ClaimStatus.DRAFT,
                event.draftedOn(),
                event.amount(),
                event.paymentYear(),
                event.judgedOn(),
                event.evidence().stream().map(FactId::value).toList(),
                event.draftedOn(),
                recorded.by(),
                null,
                null,
                null,
                null));
        return new ClaimRecord(claimId, event.scheme(), event.familyId().value(), event.result(), claims, version);
    }

    private static ClaimRecord change(ClaimRecord record, long version, UnaryOperator<Claim> change) {
        List<Claim> claims = new ArrayList<>(record.claims());
        claims.set(claims.size() - 1, change.apply(claims.get(claims.size() - 1)));
        return new ClaimRecord(record.claimId(), record.scheme(), record.familyId(), record.result(), claims, version);
    }
}
