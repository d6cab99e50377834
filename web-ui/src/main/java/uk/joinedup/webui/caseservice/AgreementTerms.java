package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.Set;

/**
 * What one version of a sharing agreement says, in full: as it is registered or revised, and as each
 * version is read back.
 *
 * @param parties the agencies, or kinds of agency, that share with each other
 * @param categories what they share
 * @param purposes what for
 * @param lawfulBases the lawful bases and statutory gateways it rests on
 * @param reviewOn when it is due for review
 * @param endsOn its last day, or null when open-ended
 */
public record AgreementTerms(
        String title,
        Set<Party> parties,
        Set<InformationCategory> categories,
        Set<Purpose> purposes,
        Set<LawfulBasis> lawfulBases,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn) {

    public AgreementTerms {
        parties = parties == null ? Set.of() : parties;
        categories = categories == null ? Set.of() : categories;
        purposes = purposes == null ? Set.of() : purposes;
        lawfulBases = lawfulBases == null ? Set.of() : lawfulBases;
    }
}
