package uk.joinedup.caseservice.consent.record;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * A consent in brief, for lists such as a lead professional's "consents expiring soon".
 *
 * @param daysLeft how many days it still covers after today: 0 when today is its last day
 */
public record ConsentSummary(
        String consentId,
        String personId,
        ConsentGiver givenBy,
        String giverName,
        Set<AgencyId> recipients,
        Set<InformationCategory> categories,
        Purpose purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        long daysLeft) {

    static ConsentSummary of(ConsentRecord consent, LocalDate today) {
        return new ConsentSummary(
                consent.consentId(),
                consent.personId(),
                consent.givenBy(),
                consent.giverName(),
                consent.recipients(),
                consent.categories(),
                consent.purpose(),
                consent.validFrom(),
                consent.validUntil(),
                ChronoUnit.DAYS.between(today, consent.validUntil()));
    }
}
