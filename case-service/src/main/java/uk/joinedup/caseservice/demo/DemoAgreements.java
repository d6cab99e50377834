package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.CHRIS;

import java.util.EnumSet;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * The demo deployment's information sharing agreements, registered by its information-governance officer:
 * the council's early help protocol, the community safety partnership's, now past its review date, and the
 * outcomes protocol (for {@code Purpose.OUTCOMES}) and the early identification protocol (for {@code
 * Purpose.EARLY_IDENTIFICATION}).
 */
final class DemoAgreements {

    private final DemoScript demo;

    DemoAgreements(DemoScript demo) {
        this.demo = demo;
    }

    void register() {
        demo.agreement(
                CHRIS,
                new Terms(
                        "Southampton early help information sharing protocol",
                        parties(
                                AgencyKind.EARLY_HELP,
                                AgencyKind.EDUCATION,
                                AgencyKind.HOUSING,
                                AgencyKind.JOBCENTRE_PLUS),
                        EnumSet.of(InformationCategory.IDENTITY, InformationCategory.FAMILY),
                        Set.of(Purpose.FAMILY_SUPPORT),
                        Set.of(
                                LawfulBasis.PUBLIC_TASK,
                                LawfulBasis.CHILDREN_ACT_2004_S10,
                                LawfulBasis.DIGITAL_ECONOMY_ACT_2017_PART_5),
                        demo.ago(700),
                        demo.ago(-120),
                        null));
        demo.agreement(
                CHRIS,
                new Terms(
                        "Southampton community safety partnership (Crime and Disorder Act s115)",
                        parties(
                                AgencyKind.POLICE,
                                AgencyKind.PROBATION,
                                AgencyKind.YOUTH_OFFENDING,
                                AgencyKind.HOUSING,
                                AgencyKind.EARLY_HELP),
                        EnumSet.of(InformationCategory.OFFENDING),
                        Set.of(Purpose.CRIME_AND_DISORDER, Purpose.FAMILY_SUPPORT),
                        Set.of(LawfulBasis.CRIME_AND_DISORDER_ACT_S115, LawfulBasis.PUBLIC_TASK),
                        demo.ago(1100),
                        demo.ago(40),
                        null));
        outcomes();
        earlyIdentification();
    }

    /**
     * Early identification (ADR 29): the police, Jobcentre Plus and the education welfare service let the early-help
     * team's managers count what they record in the categories the entry criteria read, to find families before
     * anyone works with them.
     */
    private void earlyIdentification() {
        demo.agreement(
                CHRIS,
                new Terms(
                        "Southampton early identification protocol (finding families early)",
                        parties(
                                AgencyKind.EARLY_HELP,
                                AgencyKind.POLICE,
                                AgencyKind.JOBCENTRE_PLUS,
                                AgencyKind.EDUCATION),
                        EnumSet.of(
                                InformationCategory.IDENTITY,
                                InformationCategory.FAMILY,
                                InformationCategory.EDUCATION,
                                InformationCategory.OFFENDING,
                                InformationCategory.EMPLOYMENT_AND_BENEFITS),
                        Set.of(Purpose.EARLY_IDENTIFICATION),
                        Set.of(
                                LawfulBasis.PUBLIC_TASK,
                                LawfulBasis.CHILDREN_ACT_2004_S10,
                                LawfulBasis.CRIME_AND_DISORDER_ACT_S115,
                                LawfulBasis.DIGITAL_ECONOMY_ACT_2017_PART_5),
                        demo.ago(200),
                        demo.ago(-165),
                        null));
    }

    /**
     * Outcome figures and claims (ADR 21): the council's early help service may read, for outcomes only, what
     * the partners record in the categories the indicators and schemes read. Health and substance misuse are
     * left out: the protocol cites no article 9 condition for outcomes, so treatment figures need consent.
     */
    private void outcomes() {
        demo.agreement(
                CHRIS,
                new Terms(
                        "Southampton early help outcomes and payment-by-results protocol",
                        parties(
                                AgencyKind.EARLY_HELP,
                                AgencyKind.POLICE,
                                AgencyKind.EDUCATION,
                                AgencyKind.JOBCENTRE_PLUS,
                                AgencyKind.PROBATION),
                        EnumSet.of(
                                InformationCategory.IDENTITY,
                                InformationCategory.FAMILY,
                                InformationCategory.EDUCATION,
                                InformationCategory.OFFENDING,
                                InformationCategory.EMPLOYMENT_AND_BENEFITS),
                        Set.of(Purpose.OUTCOMES),
                        Set.of(
                                LawfulBasis.PUBLIC_TASK,
                                LawfulBasis.CRIME_AND_DISORDER_ACT_S115,
                                LawfulBasis.DIGITAL_ECONOMY_ACT_2017_PART_5),
                        demo.ago(400),
                        demo.ago(-250),
                        null));
    }

    private static Set<Party> parties(AgencyKind... kinds) {
        return java.util.Arrays.stream(kinds).map(Party::kind).collect(java.util.stream.Collectors.toSet());
    }
}
