package uk.joinedup.caseservice.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Role;

/**
 * The sharing rules, exhaustively: every working relationship × owning agency × category × consent state
 * × agreement state × override state × purpose of the view and of the consent or agreement, for another
 * agency's record, each checked against the rules as the issues state them (written out again in {@link
 * #expected}); then casework, existence, roles, dates, agreements by kind of agency and the deployment's
 * protocol.
 */
class SharingPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final AgencyId HOUSING = new AgencyId("southampton-housing");
    private static final AgencyId PROBATION = new AgencyId("southampton-probation");
    private static final AgencyId POLICE = new AgencyId("hampshire-police");
    private static final AgencyId EARLY_HELP = new AgencyId("southampton-early-help");
    private static final LocalDate ADULTS_BIRTHDAY = LocalDate.of(1985, 3, 4);
    private static final LocalDate CHILDS_BIRTHDAY = LocalDate.of(2012, 6, 1);

    /** A housing officer looking at what probation recorded (or housing itself did). */
    private static final Viewer HOUSING_OFFICER = viewer(Role.KEYWORKER);

    enum ConsentState {
        NONE,
        ACTIVE,
        EXPIRED,
        WITHDRAWN,
        GIVEN_BY_A_PARENT_FOR_A_CHILD,
        GIVEN_BY_A_PARENT_FOR_AN_ADULT
    }

    enum AgreementState {
        NONE,
        ACTIVE,
        PAST_ITS_REVIEW_DATE,
        ENDED
    }

    enum OverrideState {
        NONE,
        ACTIVE,
        EXPIRED
    }

    /** What the viewer looks for, and what the consent or agreement on record covers. */
    enum Purposes {
        SUPPORT_UNDER_SUPPORT_TERMS(Purpose.FAMILY_SUPPORT, Purpose.FAMILY_SUPPORT),
        OUTCOMES_UNDER_OUTCOMES_TERMS(Purpose.OUTCOMES, Purpose.OUTCOMES),
        OUTCOMES_UNDER_SUPPORT_TERMS(Purpose.OUTCOMES, Purpose.FAMILY_SUPPORT),
        SUPPORT_UNDER_OUTCOMES_TERMS(Purpose.FAMILY_SUPPORT, Purpose.OUTCOMES),
        IDENTIFICATION_UNDER_IDENTIFICATION_TERMS(Purpose.EARLY_IDENTIFICATION, Purpose.EARLY_IDENTIFICATION),
        IDENTIFICATION_UNDER_SUPPORT_TERMS(Purpose.EARLY_IDENTIFICATION, Purpose.FAMILY_SUPPORT),
        IDENTIFICATION_UNDER_OUTCOMES_TERMS(Purpose.EARLY_IDENTIFICATION, Purpose.OUTCOMES),
        SUPPORT_UNDER_IDENTIFICATION_TERMS(Purpose.FAMILY_SUPPORT, Purpose.EARLY_IDENTIFICATION),
        OUTCOMES_UNDER_IDENTIFICATION_TERMS(Purpose.OUTCOMES, Purpose.EARLY_IDENTIFICATION);

        final Purpose viewer;
        final Purpose terms;

        Purposes(Purpose viewer, Purpose terms) {
            this.viewer = viewer;
            this.terms = terms;
        }
    }

    /**
     * Who looks: a keyworker or a team manager, of housing or of the council's early-help team (whose managers
     * alone look to identify families early). Consents and agreements name the viewer's agency or kind.
     */
    enum Looker {
        HOUSING_KEYWORKER(HOUSING, AgencyKind.HOUSING, Role.KEYWORKER),
        HOUSING_MANAGER(HOUSING, AgencyKind.HOUSING, Role.TEAM_MANAGER),
        EARLY_HELP_KEYWORKER(EARLY_HELP, AgencyKind.EARLY_HELP, Role.KEYWORKER),
        EARLY_HELP_MANAGER(EARLY_HELP, AgencyKind.EARLY_HELP, Role.TEAM_MANAGER);

        final AgencyId agency;
        final AgencyKind kind;
        final Role role;

        Looker(AgencyId agency, AgencyKind kind, Role role) {
            this.agency = agency;
            this.kind = kind;
            this.role = role;
        }

        Viewer viewer(Purpose purpose) {
            return new Viewer(HOUSING_OFFICER.userId(), agency, kind, Set.of(role), NOW, TODAY, purpose);
        }
    }

    /**
     * The outer dimensions, one test each; the viewer and the consent, agreement and override states are tried
     * inside every one (a test per combination, 23,040 of them, cost a quarter of an hour in the mutation run).
     */
    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (WorkingRelationshipKind relationship : WorkingRelationshipKind.values()) {
            for (boolean ownAgency : new boolean[] {true, false}) {
                for (InformationCategory category : InformationCategory.values()) {
                    for (Purposes purposes : Purposes.values()) {
                        all.add(Arguments.of(relationship, ownAgency, category, purposes));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} own={1} {2} {3}, every consent, agreement and override state")
    @MethodSource("everyCombination")
    void decidesAnAgencyRecordAsTheRulesSay(
            WorkingRelationshipKind relationship, boolean ownAgency, InformationCategory category, Purposes purposes) {
        SoftAssertions softly = new SoftAssertions();
        for (Looker looker : Looker.values()) {
            for (ConsentState consent : ConsentState.values()) {
                for (AgreementState agreement : AgreementState.values()) {
                    for (OverrideState override : OverrideState.values()) {
                        String combination =
                                looker + " consent=" + consent + " agreement=" + agreement + " override=" + override;
                        Subject subject = new Subject(
                                WorkingRelationship.of(relationship),
                                consent == ConsentState.GIVEN_BY_A_PARENT_FOR_A_CHILD
                                        ? CHILDS_BIRTHDAY
                                        : ADULTS_BIRTHDAY,
                                consents(consent, category, purposes.terms, looker.agency),
                                overrides(override));
                        SharingPolicy policy = new SharingPolicy(
                                agreements(agreement, category, purposes.terms, looker.kind), SharingProtocol.DEFAULT);
                        SharedEntry entry = SharedEntry.agencyRecord(
                                ownAgency ? looker.agency : PROBATION,
                                AgencyKind.PROBATION,
                                category,
                                TODAY.minusDays(10));

                        Decision decision = policy.decide(looker.viewer(purposes.viewer), subject, entry);

                        Basis expected = expected(
                                looker, relationship, ownAgency, category, consent, agreement, override, purposes);
                        softly.assertThat(decision.basis()).as(combination).isEqualTo(expected);
                        softly.assertThat(decision.shown()).as(combination).isEqualTo(expected != null);
                        if (expected == null) {
                            softly.assertThat(decision.withheld())
                                    .as(combination)
                                    .isEqualTo(
                                            !reaches(looker, relationship, purposes.viewer)
                                                    ? WithheldReason.NO_RELATIONSHIP
                                                    : category.isSpecialCategory()
                                                            ? WithheldReason.NO_EXPLICIT_CONSENT
                                                            : WithheldReason.NO_CONSENT);
                        }
                    }
                }
            }
        }
        softly.assertAll();
    }

    /** The rules for another agency's record, as the issue states them; null when withheld. */
    private static Basis expected(
            Looker looker,
            WorkingRelationshipKind relationship,
            boolean ownAgency,
            InformationCategory category,
            ConsentState consent,
            AgreementState agreement,
            OverrideState override,
            Purposes purposes) {
        if (ownAgency) {
            return Basis.OWN_AGENCY;
        }
        if (override == OverrideState.ACTIVE
                && purposes.viewer != Purpose.OUTCOMES
                && purposes.viewer != Purpose.EARLY_IDENTIFICATION) {
            return Basis.EMERGENCY_OVERRIDE;
        }
        if (!reaches(looker, relationship, purposes.viewer) || purposes.terms != purposes.viewer) {
            return null;
        }
        if (consent == ConsentState.ACTIVE || consent == ConsentState.GIVEN_BY_A_PARENT_FOR_A_CHILD) {
            return Basis.CONSENT;
        }
        boolean agreementApplies =
                agreement == AgreementState.ACTIVE || agreement == AgreementState.PAST_ITS_REVIEW_DATE;
        if (agreementApplies && !category.isSpecialCategory()) {
            return Basis.SHARING_AGREEMENT;
        }
        return null;
    }

    /**
     * Whether the relationship reaches another agency's record at all: working the case does; to measure
     * outcomes, overseeing it as a team manager of an agency involved does too (ADR 21). To identify families
     * early, only being a team manager of an early-help agency does, whatever the relationship (ADR 29).
     */
    private static boolean reaches(Looker looker, WorkingRelationshipKind relationship, Purpose purpose) {
        if (purpose == Purpose.EARLY_IDENTIFICATION) {
            return looker == Looker.EARLY_HELP_MANAGER;
        }
        return relationship == WorkingRelationshipKind.LEAD_PROFESSIONAL
                || relationship == WorkingRelationshipKind.TEAM_MEMBER
                || (purpose == Purpose.OUTCOMES && relationship == WorkingRelationshipKind.CASE_MANAGER);
    }

    @Nested
    class EarlyIdentification {

        private final Viewer earlyHelpManager = Looker.EARLY_HELP_MANAGER.viewer(Purpose.EARLY_IDENTIFICATION);
        private final AgreementTerms forIdentification = new AgreementTerms(
                "isa-3",
                1,
                "Early help identification",
                Set.of(Party.agency(PROBATION), Party.kind(AgencyKind.EARLY_HELP)),
                Set.of(InformationCategory.OFFENDING),
                Set.of(Purpose.EARLY_IDENTIFICATION),
                Set.of(LawfulBasis.PUBLIC_TASK),
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                null);

        @Test
        void reachesWhatHappenedBeforeAnyRelationshipBegan() {
            Subject memberSinceLastWeek = new Subject(
                    new WorkingRelationship(WorkingRelationshipKind.TEAM_MEMBER, TODAY.minusDays(7)),
                    ADULTS_BIRTHDAY,
                    List.of(),
                    List.of());

            Decision decision = new SharingPolicy(List.of(forIdentification), SharingProtocol.DEFAULT)
                    .decide(earlyHelpManager, memberSinceLastWeek, offending(TODAY.minusMonths(3)));

            assertThat(decision.reference()).isEqualTo("isa-3 v1");
        }

        @Test
        void isNotOpenedByAnOverride() {
            EmergencyAccess access = new EmergencyAccess(
                    "o-2", earlyHelpManager.userId(), NOW.minus(1, ChronoUnit.HOURS), NOW.plus(1, ChronoUnit.HOURS));
            Subject overridden = new Subject(WorkingRelationship.NONE, ADULTS_BIRTHDAY, List.of(), List.of(access));

            assertThat(policy().decide(earlyHelpManager, overridden, offending(TODAY))
                            .withheld())
                    .isEqualTo(WithheldReason.NO_CONSENT);
        }

        @Test
        void showsNothingOfAnotherAgencyToAnyoneElseLookingForIt() {
            SharingPolicy policy = new SharingPolicy(List.of(forIdentification), SharingProtocol.DEFAULT);
            Subject nobody = Subject.related(WorkingRelationship.NONE);

            assertThat(policy.decide(
                                    Looker.EARLY_HELP_KEYWORKER.viewer(Purpose.EARLY_IDENTIFICATION),
                                    nobody,
                                    offending(TODAY))
                            .withheld())
                    .isEqualTo(WithheldReason.NO_RELATIONSHIP);
            assertThat(policy.decide(earlyHelpManager, nobody, offending(TODAY)).basis())
                    .isEqualTo(Basis.SHARING_AGREEMENT);
            assertThat(earlyHelpManager.earlyHelpManager()).isTrue();
            assertThat(Looker.HOUSING_MANAGER
                            .viewer(Purpose.EARLY_IDENTIFICATION)
                            .earlyHelpManager())
                    .isFalse();
        }
    }

    @Nested
    class FamilyCasework {

        @ParameterizedTest
        @EnumSource(WorkingRelationshipKind.class)
        void isShownToWhoeverWorksOrOverseesTheCase(WorkingRelationshipKind relationship) {
            Decision decision = policy().decide(
                            HOUSING_OFFICER,
                            Subject.related(WorkingRelationship.of(relationship)),
                            SharedEntry.casework(PROBATION, AgencyKind.PROBATION, TODAY));

            assertThat(decision.basis())
                    .isEqualTo(
                            switch (relationship) {
                                case LEAD_PROFESSIONAL, TEAM_MEMBER -> Basis.TEAM_AROUND_THE_FAMILY;
                                case CASE_MANAGER -> Basis.CASE_MANAGEMENT;
                                case NONE -> null;
                            });
        }

        @Test
        void isShownToTheAgencyThatRecordedItWithoutARelationship() {
            Decision decision = policy().decide(
                            HOUSING_OFFICER,
                            Subject.related(WorkingRelationship.NONE),
                            SharedEntry.casework(HOUSING, AgencyKind.HOUSING, TODAY));

            assertThat(decision.basis()).isEqualTo(Basis.OWN_AGENCY);
        }

        @Test
        void isNotOpenedByAnOverrideOfAMember() {
            Subject overridden =
                    new Subject(WorkingRelationship.NONE, ADULTS_BIRTHDAY, List.of(), overrides(OverrideState.ACTIVE));

            Decision decision = policy().decide(
                            HOUSING_OFFICER, overridden, SharedEntry.casework(PROBATION, AgencyKind.PROBATION, TODAY));

            assertThat(decision.withheld()).isEqualTo(WithheldReason.NO_RELATIONSHIP);
        }
    }

    @Nested
    class WorkingRelationships {

        private final WorkingRelationship lead = WorkingRelationship.of(WorkingRelationshipKind.LEAD_PROFESSIONAL);
        private final WorkingRelationship member = WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER);
        private final WorkingRelationship memberSinceMay =
                new WorkingRelationship(WorkingRelationshipKind.TEAM_MEMBER, LocalDate.of(2026, 5, 1));
        private final WorkingRelationship memberSinceJune =
                new WorkingRelationship(WorkingRelationshipKind.TEAM_MEMBER, LocalDate.of(2026, 6, 1));

        @Test
        void theCloserOfTwoIsTheOneThatWorksTheCaseMoreClosely() {
            assertThat(lead.closer(member)).isEqualTo(lead);
            assertThat(member.closer(lead)).isEqualTo(lead);
            assertThat(WorkingRelationship.NONE.closer(memberSinceMay)).isEqualTo(memberSinceMay);
            assertThat(WorkingRelationship.of(WorkingRelationshipKind.CASE_MANAGER)
                            .closer(WorkingRelationship.NONE)
                            .kind())
                    .isEqualTo(WorkingRelationshipKind.CASE_MANAGER);
        }

        @Test
        void ofTwoAsCloseTheOneThatReachesFurtherBack() {
            assertThat(memberSinceJune.closer(memberSinceMay)).isEqualTo(memberSinceMay);
            assertThat(memberSinceMay.closer(memberSinceJune)).isEqualTo(memberSinceMay);
            assertThat(memberSinceMay.closer(member)).isEqualTo(member);
            assertThat(member.closer(memberSinceMay)).isEqualTo(member);
        }

        @Test
        void aManagerIsAManager() {
            assertThat(viewer(Role.TEAM_MANAGER).manager()).isTrue();
            assertThat(viewer(Role.KEYWORKER).manager()).isFalse();
        }
    }

    @Nested
    class Existence {

        @ParameterizedTest
        @EnumSource(Role.class)
        void isShownToEveryone(Role role) {
            Decision decision =
                    policy().decide(viewer(role), Subject.related(WorkingRelationship.NONE), SharedEntry.existence());

            assertThat(decision.basis()).isEqualTo(Basis.MATCHING);
        }
    }

    @Nested
    class SharingRecords {

        /** A consent or override Probation recorded about a person. */
        private final SharedEntry probationsConsent = SharedEntry.sharingRecord(PROBATION, AgencyKind.PROBATION, TODAY);

        @ParameterizedTest
        @EnumSource(WorkingRelationshipKind.class)
        void areShownToAnInformationGovernanceOfficerWhateverTheirRelationship(WorkingRelationshipKind relationship) {
            Decision decision = policy().decide(
                            viewer(Role.IG_OFFICER),
                            Subject.related(WorkingRelationship.of(relationship)),
                            probationsConsent);

            assertThat(decision.basis()).isEqualTo(Basis.INFORMATION_GOVERNANCE);
        }

        @Test
        void areShownToAnOfficerWhoIsAlsoAKeyworkerAsAnOfficer() {
            Decision decision = policy().decide(
                            viewer(Role.IG_OFFICER, Role.KEYWORKER),
                            Subject.related(WorkingRelationship.NONE),
                            probationsConsent);

            assertThat(decision.basis()).isEqualTo(Basis.INFORMATION_GOVERNANCE);
        }

        @ParameterizedTest
        @EnumSource(WorkingRelationshipKind.class)
        void areShownToPractitionersAsCaseworkIs(WorkingRelationshipKind relationship) {
            Subject subject = Subject.related(WorkingRelationship.of(relationship));
            SharedEntry casework = SharedEntry.casework(PROBATION, AgencyKind.PROBATION, TODAY);

            Decision decision = policy().decide(HOUSING_OFFICER, subject, probationsConsent);

            assertThat(decision).isEqualTo(policy().decide(HOUSING_OFFICER, subject, casework));
            assertThat(decision.basis())
                    .isEqualTo(
                            switch (relationship) {
                                case LEAD_PROFESSIONAL, TEAM_MEMBER -> Basis.TEAM_AROUND_THE_FAMILY;
                                case CASE_MANAGER -> Basis.CASE_MANAGEMENT;
                                case NONE -> null;
                            });
        }

        @Test
        void areShownToTheAgencyThatRecordedThemWithoutARelationship() {
            Decision decision = policy().decide(
                            HOUSING_OFFICER,
                            Subject.related(WorkingRelationship.NONE),
                            SharedEntry.sharingRecord(HOUSING, AgencyKind.HOUSING, TODAY));

            assertThat(decision.basis()).isEqualTo(Basis.OWN_AGENCY);
        }

        @Test
        void areWithheldFromAnAdministratorAndFromAnOutsiderEvenWithAnOverride() {
            Subject overridden =
                    new Subject(WorkingRelationship.NONE, ADULTS_BIRTHDAY, List.of(), overrides(OverrideState.ACTIVE));

            assertThat(policy().decide(viewer(Role.SYSTEM_ADMIN), overridden, probationsConsent)
                            .withheld())
                    .isEqualTo(WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT);
            assertThat(policy().decide(HOUSING_OFFICER, overridden, probationsConsent)
                            .withheld())
                    .isEqualTo(WithheldReason.NO_RELATIONSHIP);
        }

        @ParameterizedTest
        @EnumSource(
                value = EntryKind.class,
                names = {"CASEWORK", "AGENCY_RECORD"})
        void openNothingElseToAnInformationGovernanceOfficer(EntryKind kind) {
            SharedEntry entry =
                    new SharedEntry(PROBATION, AgencyKind.PROBATION, InformationCategory.OFFENDING, kind, TODAY);

            assertThat(policy().decide(
                                    viewer(Role.IG_OFFICER),
                                    Subject.related(WorkingRelationship.of(WorkingRelationshipKind.LEAD_PROFESSIONAL)),
                                    entry)
                            .withheld())
                    .isEqualTo(WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT);
        }
    }

    @Nested
    class Published {

        @ParameterizedTest
        @EnumSource(Role.class)
        void isShownToEveryone(Role role) {
            Decision decision =
                    policy().decide(viewer(role), Subject.related(WorkingRelationship.NONE), SharedEntry.published());

            assertThat(decision.basis()).isEqualTo(Basis.PUBLISHED);
        }

        @Test
        void isShownToAUserWithNoRoleAtAll() {
            Decision decision =
                    policy().decide(viewer(), Subject.related(WorkingRelationship.NONE), SharedEntry.published());

            assertThat(decision.basis()).isEqualTo(Basis.PUBLISHED);
        }
    }

    @Nested
    class Roles {

        @ParameterizedTest
        @EnumSource(
                value = Role.class,
                names = {"IG_OFFICER", "AGENCY_ADMIN", "SYSTEM_ADMIN"})
        void showNoCaseContentToAnInformationGovernanceOfficerOrAnAdministrator(Role role) {
            Subject lead = new Subject(
                    WorkingRelationship.of(WorkingRelationshipKind.LEAD_PROFESSIONAL),
                    ADULTS_BIRTHDAY,
                    consents(ConsentState.ACTIVE, InformationCategory.OFFENDING, Purpose.FAMILY_SUPPORT, HOUSING),
                    overrides(OverrideState.ACTIVE));

            assertThat(policy().decide(viewer(role), lead, SharedEntry.casework(HOUSING, AgencyKind.HOUSING, TODAY))
                            .withheld())
                    .isEqualTo(WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT);
            assertThat(policy().decide(
                                    viewer(role),
                                    lead,
                                    SharedEntry.agencyRecord(
                                            HOUSING, AgencyKind.HOUSING, InformationCategory.HOUSING, TODAY))
                            .withheld())
                    .isEqualTo(WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT);
        }

        @Test
        void anOfficerWhoIsAlsoAKeyworkerSeesAsAKeyworker() {
            Viewer both = viewer(Role.IG_OFFICER, Role.KEYWORKER);

            Decision decision = policy().decide(
                            both,
                            Subject.related(WorkingRelationship.NONE),
                            SharedEntry.agencyRecord(HOUSING, AgencyKind.HOUSING, InformationCategory.HOUSING, TODAY));

            assertThat(decision.basis()).isEqualTo(Basis.OWN_AGENCY);
        }
    }

    @Nested
    class Dates {

        @Test
        void aTeamSeesNothingOfWhatHappenedBeforeThePersonJoinedItsHousehold() {
            Subject joinedLastMonth = new Subject(
                    new WorkingRelationship(WorkingRelationshipKind.TEAM_MEMBER, TODAY.minusMonths(1)),
                    ADULTS_BIRTHDAY,
                    consents(ConsentState.ACTIVE, InformationCategory.OFFENDING, Purpose.FAMILY_SUPPORT, HOUSING),
                    List.of());

            Decision before = policy().decide(HOUSING_OFFICER, joinedLastMonth, offending(TODAY.minusMonths(2)));
            Decision since = policy().decide(HOUSING_OFFICER, joinedLastMonth, offending(TODAY.minusDays(3)));

            assertThat(before.withheld()).isEqualTo(WithheldReason.BEFORE_THEY_JOINED);
            assertThat(since.basis()).isEqualTo(Basis.CONSENT);
        }

        @Test
        void anOverrideOpensWhatHappenedBeforeTheyJoined() {
            Subject joinedLastMonth = new Subject(
                    new WorkingRelationship(WorkingRelationshipKind.TEAM_MEMBER, TODAY.minusMonths(1)),
                    ADULTS_BIRTHDAY,
                    List.of(),
                    overrides(OverrideState.ACTIVE));

            assertThat(policy().decide(HOUSING_OFFICER, joinedLastMonth, offending(TODAY.minusYears(2)))
                            .basis())
                    .isEqualTo(Basis.EMERGENCY_OVERRIDE);
        }

        @Test
        void aConsentCoversItsFirstAndLastDayAndNotTheDayItIsWithdrawn() {
            ConsentTerms endsToday = consent("ends-today", ConsentGiver.THE_PERSON, TODAY.minusYears(1), TODAY, null);
            ConsentTerms startsToday =
                    consent("starts-today", ConsentGiver.THE_PERSON, TODAY, TODAY.plusYears(1), null);
            ConsentTerms withdrawnToday =
                    consent("withdrawn", ConsentGiver.THE_PERSON, TODAY.minusYears(1), TODAY.plusYears(1), TODAY);

            assertThat(decideUnder(endsToday).reference()).isEqualTo("ends-today");
            assertThat(decideUnder(startsToday).reference()).isEqualTo("starts-today");
            assertThat(decideUnder(withdrawnToday).withheld()).isEqualTo(WithheldReason.NO_CONSENT);
        }

        @Test
        void aParentsConsentEndsOnTheChildsEighteenthBirthday() {
            ConsentTerms parents =
                    consent("parents", ConsentGiver.PARENT_OR_GUARDIAN, TODAY.minusYears(1), TODAY.plusYears(1), null);
            Subject turnsEighteenToday = subject(TODAY.minusYears(18), parents);
            Subject turnsEighteenTomorrow = subject(TODAY.minusYears(18).plusDays(1), parents);

            assertThat(policy().decide(HOUSING_OFFICER, turnsEighteenToday, offending(TODAY))
                            .shown())
                    .isFalse();
            assertThat(policy().decide(HOUSING_OFFICER, turnsEighteenTomorrow, offending(TODAY))
                            .basis())
                    .isEqualTo(Basis.CONSENT);
        }

        @Test
        void anOverrideIsOpenFromItsStartUntilJustBeforeItsEnd() {
            EmergencyAccess access =
                    new EmergencyAccess("o-1", HOUSING_OFFICER.userId(), NOW, NOW.plus(24, ChronoUnit.HOURS));

            assertThat(access.opensFor(HOUSING_OFFICER.userId(), NOW)).isTrue();
            assertThat(access.opensFor(
                            HOUSING_OFFICER.userId(),
                            NOW.plus(24, ChronoUnit.HOURS).minusMillis(1)))
                    .isTrue();
            assertThat(access.opensFor(HOUSING_OFFICER.userId(), NOW.plus(24, ChronoUnit.HOURS)))
                    .isFalse();
            assertThat(access.opensFor(HOUSING_OFFICER.userId(), NOW.minusMillis(1)))
                    .isFalse();
            assertThat(access.opensFor("someone-else", NOW)).isFalse();
        }

        private Decision decideUnder(ConsentTerms consent) {
            return policy().decide(HOUSING_OFFICER, subject(ADULTS_BIRTHDAY, consent), offending(TODAY));
        }

        private Subject subject(LocalDate born, ConsentTerms consent) {
            return new Subject(
                    WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER), born, List.of(consent), List.of());
        }
    }

    @Nested
    class ConsentScope {

        @Test
        void coversOnlyTheAgenciesCategoriesAndPurposeItNames() {
            ConsentTerms housingOffending = new ConsentTerms(
                    "c-1",
                    ConsentGiver.THE_PERSON,
                    Set.of(HOUSING),
                    Set.of(InformationCategory.OFFENDING),
                    Purpose.FAMILY_SUPPORT,
                    TODAY.minusYears(1),
                    TODAY.plusYears(1),
                    null);
            ConsentTerms forSafeguarding = new ConsentTerms(
                    "c-2",
                    ConsentGiver.THE_PERSON,
                    Set.of(HOUSING),
                    Set.of(InformationCategory.HEALTH),
                    Purpose.SAFEGUARDING,
                    TODAY.minusYears(1),
                    TODAY.plusYears(1),
                    null);
            Subject subject = new Subject(
                    WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER),
                    ADULTS_BIRTHDAY,
                    List.of(housingOffending, forSafeguarding),
                    List.of());

            assertThat(policy().decide(HOUSING_OFFICER, subject, offending(TODAY))
                            .reference())
                    .isEqualTo("c-1");
            assertThat(policy().decide(HOUSING_OFFICER, subject, record(InformationCategory.HEALTH))
                            .withheld())
                    .isEqualTo(WithheldReason.NO_EXPLICIT_CONSENT);
            assertThat(policy().decide(viewerOf(POLICE, AgencyKind.POLICE), subject, offending(TODAY))
                            .withheld())
                    .isEqualTo(WithheldReason.NO_CONSENT);
        }
    }

    @Nested
    class Agreements {

        @Test
        void nameTheVersionThatApplied() {
            AgreementTerms v3 = agreement(Set.of(Party.agency(PROBATION), Party.agency(HOUSING)), 3, Set.of());

            Decision decision = new SharingPolicy(List.of(v3), SharingProtocol.DEFAULT)
                    .decide(HOUSING_OFFICER, teamMember(), offending(TODAY));

            assertThat(decision.basis()).isEqualTo(Basis.SHARING_AGREEMENT);
            assertThat(decision.reference()).isEqualTo("isa-1 v3");
        }

        @Test
        void includeEveryAgencyOfAKindTheyName() {
            AgreementTerms byKind =
                    agreement(Set.of(Party.kind(AgencyKind.PROBATION), Party.kind(AgencyKind.HOUSING)), 1, Set.of());

            Decision decision = new SharingPolicy(List.of(byKind), SharingProtocol.DEFAULT)
                    .decide(HOUSING_OFFICER, teamMember(), offending(TODAY));

            assertThat(decision.basis()).isEqualTo(Basis.SHARING_AGREEMENT);
        }

        @Test
        void shareNothingRecordedByAnAgencyThatIsNoParty() {
            AgreementTerms housingAndPolice =
                    agreement(Set.of(Party.agency(HOUSING), Party.agency(POLICE)), 1, Set.of());

            Decision decision = new SharingPolicy(List.of(housingAndPolice), SharingProtocol.DEFAULT)
                    .decide(HOUSING_OFFICER, teamMember(), offending(TODAY));

            assertThat(decision.withheld()).isEqualTo(WithheldReason.NO_CONSENT);
        }

        @Test
        void citeTheirBasesByTheirLegalTitles() {
            assertThat(LawfulBasis.CRIME_AND_DISORDER_ACT_S115.title())
                    .isEqualTo("Crime and Disorder Act 1998 section 115");
            assertThat(LawfulBasis.SUBSTANTIAL_PUBLIC_INTEREST.specialCategoryCondition())
                    .isTrue();
            assertThat(LawfulBasis.PUBLIC_TASK.specialCategoryCondition()).isFalse();
        }

        @Test
        void shareOnlyBetweenTheirParties() {
            AgreementTerms probationAndPolice =
                    agreement(Set.of(Party.agency(PROBATION), Party.agency(POLICE)), 1, Set.of());

            Decision decision = new SharingPolicy(List.of(probationAndPolice), SharingProtocol.DEFAULT)
                    .decide(HOUSING_OFFICER, teamMember(), offending(TODAY));

            assertThat(decision.withheld()).isEqualTo(WithheldReason.NO_CONSENT);
        }

        @Test
        void openSpecialCategoryOnlyCitingAnArticle9ConditionUnderAProtocolThatAllowsIt() {
            Set<Party> parties = Set.of(Party.agency(PROBATION), Party.agency(HOUSING));
            AgreementTerms citing = agreement(parties, 1, Set.of(LawfulBasis.HEALTH_OR_SOCIAL_CARE));
            AgreementTerms notCiting = agreement(parties, 1, Set.of(LawfulBasis.PUBLIC_TASK));
            SharingProtocol allowing = new SharingProtocol(true);

            assertThat(new SharingPolicy(List.of(citing), allowing)
                            .decide(HOUSING_OFFICER, teamMember(), record(InformationCategory.HEALTH))
                            .basis())
                    .isEqualTo(Basis.SHARING_AGREEMENT);
            assertThat(new SharingPolicy(List.of(notCiting), allowing)
                            .decide(HOUSING_OFFICER, teamMember(), record(InformationCategory.HEALTH))
                            .withheld())
                    .isEqualTo(WithheldReason.NO_EXPLICIT_CONSENT);
            assertThat(new SharingPolicy(List.of(citing), SharingProtocol.DEFAULT)
                            .decide(HOUSING_OFFICER, teamMember(), record(InformationCategory.SUBSTANCE_MISUSE))
                            .withheld())
                    .isEqualTo(WithheldReason.NO_EXPLICIT_CONSENT);
        }

        @Test
        void coverOnlyThePurposesTheyName() {
            AgreementTerms safeguardingOnly = new AgreementTerms(
                    "isa-2",
                    1,
                    "Safeguarding",
                    Set.of(Party.agency(PROBATION), Party.agency(HOUSING)),
                    Set.of(InformationCategory.OFFENDING),
                    Set.of(Purpose.SAFEGUARDING),
                    Set.of(LawfulBasis.CHILDREN_ACT_2004_S11),
                    TODAY.minusYears(1),
                    TODAY.plusYears(1),
                    null);

            assertThat(new SharingPolicy(List.of(safeguardingOnly), SharingProtocol.DEFAULT)
                            .decide(HOUSING_OFFICER, teamMember(), offending(TODAY))
                            .shown())
                    .isFalse();
        }

        @Test
        void reportTheirReviewDateAsPassedTheDayAfterIt() {
            AgreementTerms terms = agreement(Set.of(Party.agency(HOUSING)), 1, Set.of());

            assertThat(terms.reviewOverdueOn(terms.reviewOn())).isFalse();
            assertThat(terms.reviewOverdueOn(terms.reviewOn().plusDays(1))).isTrue();
        }
    }

    private static SharingPolicy policy() {
        return new SharingPolicy(List.of(), SharingProtocol.DEFAULT);
    }

    private static Subject teamMember() {
        return new Subject(
                WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER), ADULTS_BIRTHDAY, List.of(), List.of());
    }

    private static SharedEntry offending(LocalDate on) {
        return SharedEntry.agencyRecord(PROBATION, AgencyKind.PROBATION, InformationCategory.OFFENDING, on);
    }

    private static SharedEntry record(InformationCategory category) {
        return SharedEntry.agencyRecord(PROBATION, AgencyKind.PROBATION, category, TODAY);
    }

    private static List<ConsentTerms> consents(
            ConsentState state, InformationCategory category, Purpose purpose, AgencyId recipient) {
        LocalDate lastYear = TODAY.minusYears(1);
        LocalDate nextYear = TODAY.plusYears(1);
        ConsentTerms consent =
                switch (state) {
                    case NONE -> null;
                    case ACTIVE ->
                        consent("c", ConsentGiver.THE_PERSON, lastYear, nextYear, null, category, purpose, recipient);
                    case EXPIRED ->
                        consent(
                                "c",
                                ConsentGiver.THE_PERSON,
                                lastYear,
                                TODAY.minusDays(1),
                                null,
                                category,
                                purpose,
                                recipient);
                    case WITHDRAWN ->
                        consent(
                                "c",
                                ConsentGiver.THE_PERSON,
                                lastYear,
                                nextYear,
                                TODAY.minusDays(5),
                                category,
                                purpose,
                                recipient);
                    case GIVEN_BY_A_PARENT_FOR_A_CHILD, GIVEN_BY_A_PARENT_FOR_AN_ADULT ->
                        consent(
                                "c",
                                ConsentGiver.PARENT_OR_GUARDIAN,
                                lastYear,
                                nextYear,
                                null,
                                category,
                                purpose,
                                recipient);
                };
        return consent == null ? List.of() : List.of(consent);
    }

    private static ConsentTerms consent(
            String id, ConsentGiver givenBy, LocalDate from, LocalDate until, LocalDate withdrawnOn) {
        return consent(
                id, givenBy, from, until, withdrawnOn, InformationCategory.OFFENDING, Purpose.FAMILY_SUPPORT, HOUSING);
    }

    private static ConsentTerms consent(
            String id,
            ConsentGiver givenBy,
            LocalDate from,
            LocalDate until,
            LocalDate withdrawnOn,
            InformationCategory category,
            Purpose purpose,
            AgencyId recipient) {
        return new ConsentTerms(id, givenBy, Set.of(recipient), Set.of(category), purpose, from, until, withdrawnOn);
    }

    private static List<AgreementTerms> agreements(
            AgreementState state, InformationCategory category, Purpose purpose, AgencyKind viewersKind) {
        Set<Party> parties = Set.of(Party.agency(PROBATION), Party.kind(viewersKind));
        LocalDate lastYear = TODAY.minusYears(1);
        AgreementTerms terms =
                switch (state) {
                    case NONE -> null;
                    case ACTIVE -> agreement(parties, category, purpose, lastYear, TODAY.plusMonths(6), null);
                    case PAST_ITS_REVIEW_DATE ->
                        agreement(parties, category, purpose, lastYear, TODAY.minusMonths(1), null);
                    case ENDED ->
                        agreement(parties, category, purpose, lastYear, TODAY.minusMonths(3), TODAY.minusDays(1));
                };
        return terms == null ? List.of() : List.of(terms);
    }

    private static AgreementTerms agreement(Set<Party> parties, int version, Set<LawfulBasis> bases) {
        Set<LawfulBasis> cited = bases.isEmpty() ? Set.of(LawfulBasis.PUBLIC_TASK) : bases;
        return new AgreementTerms(
                "isa-1",
                version,
                "Southampton information sharing protocol",
                parties,
                Set.of(InformationCategory.values()),
                Set.of(Purpose.FAMILY_SUPPORT),
                cited,
                TODAY.minusYears(1),
                TODAY.plusMonths(6),
                null);
    }

    private static AgreementTerms agreement(
            Set<Party> parties,
            InformationCategory category,
            Purpose purpose,
            LocalDate startsOn,
            LocalDate reviewOn,
            LocalDate endsOn) {
        return new AgreementTerms(
                "isa-1",
                1,
                "Southampton information sharing protocol",
                parties,
                Set.of(category),
                Set.of(purpose),
                Set.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.CRIME_AND_DISORDER_ACT_S115),
                startsOn,
                reviewOn,
                endsOn);
    }

    private static List<EmergencyAccess> overrides(OverrideState state) {
        return switch (state) {
            case NONE -> List.of();
            case ACTIVE ->
                List.of(new EmergencyAccess(
                        "o-1",
                        HOUSING_OFFICER.userId(),
                        NOW.minus(2, ChronoUnit.HOURS),
                        NOW.plus(22, ChronoUnit.HOURS)));
            case EXPIRED ->
                List.of(new EmergencyAccess(
                        "o-1",
                        HOUSING_OFFICER.userId(),
                        NOW.minus(30, ChronoUnit.HOURS),
                        NOW.minus(6, ChronoUnit.HOURS)));
        };
    }

    private static Viewer viewer(Role... roles) {
        return new Viewer(
                "pat.jones",
                HOUSING,
                AgencyKind.HOUSING,
                Set.copyOf(Arrays.asList(roles)),
                NOW,
                TODAY,
                Purpose.FAMILY_SUPPORT);
    }

    private static Viewer viewerOf(AgencyId agency, AgencyKind kind) {
        return new Viewer("someone", agency, kind, Set.of(Role.KEYWORKER), NOW, TODAY, Purpose.FAMILY_SUPPORT);
    }
}
