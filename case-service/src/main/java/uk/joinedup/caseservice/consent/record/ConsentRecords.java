package uk.joinedup.caseservice.consent.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.consent.record.ConsentProjection.PersonConsents;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.sharing.ConsentTerms;

/**
 * Reads the consents on a person's record, unfiltered: every one, current or not, for the policy to date
 * and for callers that apply the sharing policy before showing anything. One {@code _id} lookup each.
 */
@Component
public class ConsentRecords {

    /** Newest first: the latest recorded, then the latest first day. */
    private static final Comparator<ConsentRecord> NEWEST_FIRST = Comparator.comparing(ConsentRecord::recordedAt)
            .thenComparing(ConsentRecord::validFrom)
            .thenComparing(ConsentRecord::consentId)
            .reversed();

    private final DocumentCollection<PersonConsents> people;

    ConsentRecords(MongoDocuments documents) {
        this.people = documents.collection(ConsentProjection.COLLECTION, PersonConsents.class);
    }

    /** Every consent on the person's record, withdrawn and expired ones included. */
    public List<ConsentTerms> termsOf(String personId) {
        return of(personId).stream().map(ConsentRecord::terms).toList();
    }

    /** Every consent on the person's record as stored, newest first. */
    public List<ConsentRecord> of(String personId) {
        return people.find(personId)
                .map(consents -> consents.consents().values().stream()
                        .sorted(NEWEST_FIRST)
                        .toList())
                .orElse(List.of());
    }

    /**
     * The person's consents in force today whose last day is within {@code days} days of today (today
     * itself included), soonest first: what a lead professional should renew with the person.
     */
    public List<ConsentSummary> expiringWithin(String personId, LocalDate today, int days) {
        return expiringWithin(of(personId), today, days);
    }

    static List<ConsentSummary> expiringWithin(List<ConsentRecord> consents, LocalDate today, int days) {
        LocalDate horizon = today.plusDays(days);
        return consents.stream()
                .filter(consent -> consent.statusOn(today) == ConsentStatus.ACTIVE)
                .filter(consent -> !consent.validUntil().isAfter(horizon))
                .sorted(Comparator.comparing(ConsentRecord::validUntil).thenComparing(ConsentRecord::consentId))
                .map(consent -> ConsentSummary.of(consent, today))
                .toList();
    }
}
