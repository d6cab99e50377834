package uk.joinedup.caseservice.consent;

import java.time.LocalDate;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.RecordConsent;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/** Consents in the domain's words, for tests: Stephen lets Housing see his employment and benefits. */
public final class ConsentFixtures {

    public static final ConsentId CONSENT = new ConsentId("consent-1");
    public static final PersonId STEPHEN = new PersonId("person-stephen");
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    public static final LocalDate NEXT_YEAR = TODAY.plusYears(1);
    public static final AgencyId HOUSING = new AgencyId("southampton-housing");

    private ConsentFixtures() {}

    /** Stephen's own consent, recorded today by the early help keyworker, from today for a year. */
    public static RecordConsent recordConsent() {
        return recordConsent(ConsentGiver.THE_PERSON, null, TODAY, NEXT_YEAR, Actors.earlyHelpKeyworker());
    }

    public static RecordConsent recordConsent(
            ConsentGiver givenBy, String giverName, LocalDate validFrom, LocalDate validUntil, Actor actor) {
        return new RecordConsent(
                CONSENT,
                STEPHEN,
                givenBy,
                giverName,
                Set.of(HOUSING),
                Set.of(InformationCategory.EMPLOYMENT_AND_BENEFITS),
                Purpose.FAMILY_SUPPORT,
                validFrom,
                validUntil,
                ConsentEvidence.SIGNED_FORM,
                "Form kept on the early help file",
                TODAY,
                actor);
    }

    public static ConsentRecorded consentRecorded() {
        return consentRecorded(TODAY, NEXT_YEAR);
    }

    public static ConsentRecorded consentRecorded(LocalDate validFrom, LocalDate validUntil) {
        return new ConsentRecorded(
                CONSENT,
                STEPHEN,
                ConsentGiver.THE_PERSON,
                null,
                Set.of(HOUSING),
                Set.of(InformationCategory.EMPLOYMENT_AND_BENEFITS),
                Purpose.FAMILY_SUPPORT,
                validFrom,
                validUntil,
                ConsentEvidence.SIGNED_FORM,
                "Form kept on the early help file",
                Actors.earlyHelpKeyworker().agency());
    }

    /** A user who administers the system and works with no family. */
    public static Actor administrator() {
        return Actors.systemAdmin();
    }
}
