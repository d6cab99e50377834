package uk.joinedup.caseservice.sharing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * One version of an information sharing agreement: its parties share the listed categories with each
 * other for its purposes, without consent, on the lawful bases it cites, between its start and end.
 *
 * @param agreementId the agreement's id
 * @param version which version of the agreement these terms are (a view names the version that applied)
 * @param title what the agreement is called
 * @param parties the agencies or kinds of agency that share with each other
 * @param categories what they share
 * @param purposes what for
 * @param lawfulBases the bases and gateways it rests on
 * @param startsOn first day it applies
 * @param reviewOn when it is due for review: past it, it still applies but the officer is told
 * @param endsOn last day it applies, or null
 */
public record AgreementTerms(
        String agreementId,
        int version,
        String title,
        Set<Party> parties,
        Set<InformationCategory> categories,
        Set<Purpose> purposes,
        Set<LawfulBasis> lawfulBases,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn) {

    public AgreementTerms {
        Objects.requireNonNull(agreementId, "agreementId");
        parties = Set.copyOf(parties);
        categories = Set.copyOf(categories);
        purposes = Set.copyOf(purposes);
        lawfulBases = Set.copyOf(lawfulBases);
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(reviewOn, "reviewOn");
    }

    /** Whether it applies on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether its review date has passed by {@code day}. */
    public boolean reviewOverdueOn(LocalDate day) {
        return reviewOn.isBefore(day);
    }

    /** Whether it cites an article 9 condition for special-category data. */
    public boolean citesASpecialCategoryCondition() {
        return lawfulBases.stream().anyMatch(LawfulBasis::specialCategoryCondition);
    }

    /** Whether both agencies are parties to it. */
    public boolean between(AgencyId owner, AgencyKind ownerKind, AgencyId recipient, AgencyKind recipientKind) {
        return parties.stream().anyMatch(party -> party.includes(owner, ownerKind))
                && parties.stream().anyMatch(party -> party.includes(recipient, recipientKind));
    }
}
