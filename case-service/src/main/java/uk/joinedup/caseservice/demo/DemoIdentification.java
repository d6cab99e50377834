package uk.joinedup.caseservice.demo;

import static uk.joinedup.caseservice.demo.DemoPractitioners.DEE;
import static uk.joinedup.caseservice.demo.DemoPractitioners.RAY;
import static uk.joinedup.caseservice.demo.DemoPractitioners.SAM;

import java.time.LocalDate;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.SexOrGender;

/**
 * Families for early identification (ADR 29), whom nobody works with yet, on the list of the early-help team's
 * manager (Mo Ahmed) through the early identification protocol ({@link DemoAgreements}):
 *
 * <ul>
 *   <li>the Reed family, registered by early help with no case opened: Dean on Jobseeker's Allowance (Jobcentre
 *       Plus) and his son Kai given an acceptable behaviour contract (the police), so the work and crime criteria
 *       are met; education is not, as no school has recorded Kai's attendance yet. {@link #REED_CHILD} and {@link
 *       #REED_HOME} are what a school's attendance extract would name him by;
 *   <li>the Nolans, a mother on Jobseeker's Allowance and the son whose record names her as his parent at one
 *       address, registered by nobody as a family: a household found in the data, with a Supporting Families
 *       need.
 * </ul>
 */
final class DemoIdentification {

    /** Kai Reed, 13, as his school knows him. */
    static final PersonName REED_CHILD = new PersonName("Kai", "Reed");

    static final LocalDate REED_CHILD_BORN = LocalDate.of(2013, 3, 14);

    static final Address REED_HOME = new Address("27 Portswood Road", null, "Southampton", "SO17 2ES", null);

    private static final Address NOLAN_HOME =
            new Address("Flat 3, 41 Kent Street", null, "Southampton", "SO14 5SP", null);

    private final DemoScript demo;

    DemoIdentification(DemoScript demo) {
        this.demo = demo;
    }

    void load() {
        reedFamily();
        nolanHousehold();
    }

    private void reedFamily() {
        PersonId dean = demo.person(
                SAM,
                new PersonDetails(
                        new PersonName("Dean", "Reed"),
                        LocalDate.of(1988, 6, 21),
                        SexOrGender.MALE,
                        REED_HOME,
                        PersonIdentifiers.none()));
        PersonId kai = demo.person(
                SAM,
                new PersonDetails(REED_CHILD, REED_CHILD_BORN, SexOrGender.MALE, REED_HOME, PersonIdentifiers.none()));
        FamilyId reeds = demo.family(SAM, "Reed family");
        demo.member(SAM, reeds, dean, Relationship.PARENT, 40);
        demo.member(SAM, reeds, kai, Relationship.CHILD, 40);
        demo.fact(SAM, kai, 40, new ParentRecorded(dean.value(), true));
        demo.fact(DEE, dean, 150, new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE));
        demo.fact(
                RAY,
                kai,
                60,
                new AntiSocialBehaviourInterventionGiven(
                        AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT,
                        "Stay out of the Portswood precinct after 8pm"));
    }

    private void nolanHousehold() {
        PersonId gemma = demo.person(
                DEE,
                new PersonDetails(
                        new PersonName("Gemma", "Nolan"),
                        LocalDate.of(1991, 11, 2),
                        SexOrGender.FEMALE,
                        NOLAN_HOME,
                        PersonIdentifiers.none()));
        PersonId josh = demo.person(
                SAM,
                new PersonDetails(
                        new PersonName("Josh", "Nolan"),
                        LocalDate.of(2015, 8, 9),
                        SexOrGender.MALE,
                        NOLAN_HOME,
                        PersonIdentifiers.none()));
        demo.fact(SAM, josh, 90, new ParentRecorded(gemma.value(), true));
        demo.fact(DEE, gemma, 100, new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE));
    }
}
