package uk.joinedup.caseservice.agreement;

import java.time.LocalDate;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.api.AgreementId;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRegistered;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;

/** Sharing agreements in the domain's words, for tests: Southampton's probation and housing protocol. */
public final class AgreementFixtures {

    public static final AgreementId ISA = new AgreementId("isa-1");
    public static final LocalDate STARTS = LocalDate.of(2026, 4, 1);
    public static final LocalDate REVIEW = LocalDate.of(2027, 4, 1);

    private AgreementFixtures() {}

    /** Probation and every housing agency share offending and housing information for family support. */
    public static Terms terms() {
        return terms(
                Set.of(Party.agency(new AgencyId("southampton-probation")), Party.kind(AgencyKind.HOUSING)),
                Set.of(InformationCategory.OFFENDING, InformationCategory.HOUSING),
                Set.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.CRIME_AND_DISORDER_ACT_S115),
                STARTS,
                REVIEW,
                null);
    }

    public static Terms terms(
            Set<Party> parties,
            Set<InformationCategory> categories,
            Set<LawfulBasis> bases,
            LocalDate startsOn,
            LocalDate reviewOn,
            LocalDate endsOn) {
        return new Terms(
                "Southampton probation and housing protocol",
                parties,
                categories,
                Set.of(Purpose.FAMILY_SUPPORT),
                bases,
                startsOn,
                reviewOn,
                endsOn);
    }

    public static SharingAgreementRegistered registered() {
        return new SharingAgreementRegistered(ISA, 1, terms());
    }
}
