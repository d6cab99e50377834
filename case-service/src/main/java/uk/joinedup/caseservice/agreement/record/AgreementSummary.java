package uk.joinedup.caseservice.agreement.record;

import java.time.LocalDate;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * An agreement in its current version, as it stands on the day of the query.
 *
 * @param endsOn its last day: the earlier of its terms' and the day it was ended on; null when open-ended
 * @param inForce whether it applies today
 * @param ended whether its last day has passed
 * @param reviewOverdue whether its review date has passed on an agreement that has not ended
 */
public record AgreementSummary(
        String agreementId,
        int version,
        String title,
        Set<Party> parties,
        Set<InformationCategory> categories,
        Set<Purpose> purposes,
        Set<LawfulBasis> lawfulBases,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn,
        boolean inForce,
        boolean ended,
        boolean reviewOverdue) {

    static AgreementSummary of(AgreementTerms terms, LocalDate today) {
        boolean ended = endedBy(terms, today);
        return new AgreementSummary(
                terms.agreementId(),
                terms.version(),
                terms.title(),
                terms.parties(),
                terms.categories(),
                terms.purposes(),
                terms.lawfulBases(),
                terms.startsOn(),
                terms.reviewOn(),
                terms.endsOn(),
                terms.inForceOn(today),
                ended,
                !ended && terms.reviewOverdueOn(today));
    }

    static boolean endedBy(AgreementTerms terms, LocalDate today) {
        return terms.endsOn() != null && terms.endsOn().isBefore(today);
    }
}
