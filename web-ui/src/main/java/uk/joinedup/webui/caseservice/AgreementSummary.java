package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.Set;

/**
 * A sharing agreement in its current version, as it stands today.
 *
 * @param endsOn its last day (the earlier of its terms' and the day it was ended on); null when open-ended
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

    public AgreementSummary {
        parties = parties == null ? Set.of() : parties;
        categories = categories == null ? Set.of() : categories;
        purposes = purposes == null ? Set.of() : purposes;
        lawfulBases = lawfulBases == null ? Set.of() : lawfulBases;
    }
}
