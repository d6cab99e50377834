package uk.joinedup.caseservice.agreement.api;

import java.time.LocalDate;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * What one version of a sharing agreement says, in full.
 *
 * @param title what the agreement is called
 * @param parties the agencies, or kinds of agency, that share with each other
 * @param categories what they share
 * @param purposes what for
 * @param lawfulBases the lawful bases and statutory gateways it rests on
 * @param startsOn its first day
 * @param reviewOn when it is due for review: after its first day
 * @param endsOn its last day, or null when open-ended; after its first day
 */
public record Terms(
        String title,
        Set<Party> parties,
        Set<InformationCategory> categories,
        Set<Purpose> purposes,
        Set<LawfulBasis> lawfulBases,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn) {

    public Terms {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        lawfulBases = lawfulBases == null ? Set.of() : Set.copyOf(lawfulBases);
    }
}
