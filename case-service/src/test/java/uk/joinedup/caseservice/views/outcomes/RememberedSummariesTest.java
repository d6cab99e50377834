package uk.joinedup.caseservice.views.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WithheldReason;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.sharing.WorkingRelationshipKind;

/**
 * A summary is found again only for the very person it was made of (a changed person is a new record) and an
 * equal key: the same viewer on the same day under the same agreements, the same relationship, the same
 * summary. Anything else is summarised afresh.
 */
class RememberedSummariesTest {

    private static final Instant MORNING = Instant.parse("2026-11-30T09:00:00Z");
    private static final Actor MANAGER = new Actor(
            "sam.patel",
            "Sam Patel",
            new AgencyId("early-help"),
            "Early Help",
            AgencyKind.EARLY_HELP,
            Set.of(Role.TEAM_MANAGER),
            "early-help-north");
    private static final AgreementTerms AGREEMENT = new AgreementTerms(
            "agreement-1",
            1,
            "Outcomes",
            Set.of(new Party(null, AgencyKind.EARLY_HELP), new Party(null, AgencyKind.POLICE)),
            Set.of(InformationCategory.OFFENDING),
            Set.of(Purpose.OUTCOMES),
            Set.of(LawfulBasis.PUBLIC_TASK),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 1, 1),
            null);
    private static final WorkingRelationship MANAGING =
            new WorkingRelationship(WorkingRelationshipKind.CASE_MANAGER, LocalDate.of(2025, 4, 1));

    private final RememberedSummaries<OutcomePerson> summaries = new RememberedSummaries<>();
    private final OutcomePerson stephen = person("Stephen Walker");

    @Test
    void anErasureForgetsTheSummariesOfEveryInstance() {
        RememberedSummaries<OutcomePerson> others = new RememberedSummaries<>();
        RememberedSummaries.Key key = key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4");
        summaries.remember(stephen, key, "figures");
        others.remember(stephen, key, "other figures");

        RememberedSummaries.forgetAll();

        assertThat(summaries.remembered(stephen, key)).isNull();
        assertThat(others.remembered(stephen, key)).isNull();
    }

    @Test
    void aSummaryIsFoundAgainUnderAnEqualKeyMadeByALaterRequest() {
        summaries.remember(stephen, key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4"), "figures");

        RememberedSummaries.Key later =
                key(at(MORNING.plusSeconds(3600)), List.of(copyOf(AGREEMENT)), sameAs(MANAGING), "2026-Q4");

        assertThat(summaries.remembered(stephen, later)).isEqualTo("figures");
    }

    @Test
    void aLaterRequestAsksWithTheVeryKeyAnEarlierOneStoredAndOnlyEqualKeysAreOne() {
        RememberedSummaries.Key first = key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4");

        assertThat(key(at(MORNING.plusSeconds(3600)), List.of(copyOf(AGREEMENT)), sameAs(MANAGING), "2026-Q4"))
                .isSameAs(first);
        WorkingRelationship sinceLater =
                new WorkingRelationship(MANAGING.kind(), MANAGING.since().plusDays(1));
        assertThat(List.of(
                        key(at(MORNING), List.of(AGREEMENT), sinceLater, "2026-Q4"),
                        key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q3"),
                        key(at(MORNING), List.of(), MANAGING, "2026-Q4")))
                .allSatisfy(other -> assertThat(other).isNotSameAs(first).isNotEqualTo(first));
        assertThat(Stream.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
                        .map(quarter -> key(at(MORNING), List.of(AGREEMENT), MANAGING, quarter)
                                .hashCode())
                        .distinct())
                .as("keys apart hash apart: a person's few keys stay a hash lookup")
                .hasSize(4);
    }

    @Test
    void aSummaryMadeFromTheSameDecisionsIsFoundWhoeverTheyWereDecidedFor() {
        List<Decision> decided = List.of(
                new Decision(Basis.CONSENT, null, "consent-1"), new Decision(null, WithheldReason.NO_CONSENT, null));
        summaries.remember(stephen, new RememberedSummaries.Decided(decided, "2026-Q4"), "figures");

        assertThat(summaries.remembered(stephen, new RememberedSummaries.Decided(new ArrayList<>(decided), "2026-Q4")))
                .isEqualTo("figures");
        assertThat(List.of(
                        new RememberedSummaries.Decided(decided, "2026-Q3"),
                        new RememberedSummaries.Decided(decided.subList(0, 1), "2026-Q4"),
                        new RememberedSummaries.Decided(
                                List.of(decided.get(0), new Decision(Basis.CONSENT, null, "consent-1")), "2026-Q4"),
                        new RememberedSummaries.Decided(
                                List.of(new Decision(Basis.CONSENT, null, "consent-2"), decided.get(1)), "2026-Q4")))
                .allSatisfy(other ->
                        assertThat(summaries.remembered(stephen, other)).isNull());
    }

    @Test
    void anEqualButOtherPersonRecordIsNotTheOneSummarised() {
        summaries.remember(stephen, key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4"), "figures");

        OutcomePerson convertedAgain = person("Stephen Walker");

        assertThat(convertedAgain).isEqualTo(stephen);
        assertThat(summaries.remembered(convertedAgain, key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4")))
                .isNull();
    }

    @Test
    void anotherDayAgreementViewerRelationshipOrSummaryIsSummarisedAfresh() {
        summaries.remember(stephen, key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4"), "figures");

        Viewer nextDay = at(MORNING.plusSeconds(24 * 3600));
        AgreementTerms ended = new AgreementTerms(
                AGREEMENT.agreementId(),
                2,
                AGREEMENT.title(),
                AGREEMENT.parties(),
                AGREEMENT.categories(),
                AGREEMENT.purposes(),
                AGREEMENT.lawfulBases(),
                AGREEMENT.startsOn(),
                AGREEMENT.reviewOn(),
                LocalDate.of(2026, 11, 30));
        Viewer colleague = Viewer.of(
                        new Actor(
                                "jo.khan",
                                "Jo Khan",
                                MANAGER.agency(),
                                MANAGER.agencyName(),
                                MANAGER.agencyKind(),
                                MANAGER.roles(),
                                MANAGER.team()),
                        MORNING)
                .forPurpose(Purpose.OUTCOMES);
        Viewer forFamilySupport = Viewer.of(MANAGER, MORNING);
        WorkingRelationship joinedLater =
                new WorkingRelationship(WorkingRelationshipKind.CASE_MANAGER, LocalDate.of(2025, 5, 1));

        assertThat(summaries.remembered(stephen, key(nextDay, List.of(AGREEMENT), MANAGING, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(stephen, key(at(MORNING), List.of(ended), MANAGING, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(stephen, key(at(MORNING), List.of(), MANAGING, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(stephen, key(colleague, List.of(AGREEMENT), MANAGING, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(stephen, key(forFamilySupport, List.of(AGREEMENT), MANAGING, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(stephen, key(at(MORNING), List.of(AGREEMENT), joinedLater, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(
                        stephen, key(at(MORNING), List.of(AGREEMENT), WorkingRelationship.NONE, "2026-Q4")))
                .isNull();
        assertThat(summaries.remembered(stephen, key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q3")))
                .isNull();
    }

    @Test
    void aFootingIsTheSameOnlyForTheSameUserAgencyRolesDayPurposeAndAgreements() {
        RememberedSummaries.Footing footing = new RememberedSummaries.Footing(at(MORNING), List.of(AGREEMENT));
        Viewer viewer = at(MORNING);

        assertThat(footing)
                .isEqualTo(new RememberedSummaries.Footing(at(MORNING.plusSeconds(60)), List.of(copyOf(AGREEMENT))))
                .hasSameHashCodeAs(
                        new RememberedSummaries.Footing(at(MORNING.plusSeconds(60)), List.of(copyOf(AGREEMENT))));
        for (Viewer other : List.of(
                new Viewer(
                        "jo.khan",
                        viewer.agency(),
                        viewer.agencyKind(),
                        viewer.roles(),
                        viewer.now(),
                        viewer.today(),
                        viewer.purpose()),
                new Viewer(
                        viewer.userId(),
                        new AgencyId("early-help-east"),
                        viewer.agencyKind(),
                        viewer.roles(),
                        viewer.now(),
                        viewer.today(),
                        viewer.purpose()),
                new Viewer(
                        viewer.userId(),
                        viewer.agency(),
                        AgencyKind.HOUSING,
                        viewer.roles(),
                        viewer.now(),
                        viewer.today(),
                        viewer.purpose()),
                new Viewer(
                        viewer.userId(),
                        viewer.agency(),
                        viewer.agencyKind(),
                        Set.of(Role.KEYWORKER),
                        viewer.now(),
                        viewer.today(),
                        viewer.purpose()),
                new Viewer(
                        viewer.userId(),
                        viewer.agency(),
                        viewer.agencyKind(),
                        viewer.roles(),
                        viewer.now(),
                        viewer.today().plusDays(1),
                        viewer.purpose()),
                new Viewer(
                        viewer.userId(),
                        viewer.agency(),
                        viewer.agencyKind(),
                        viewer.roles(),
                        viewer.now(),
                        viewer.today(),
                        Purpose.FAMILY_SUPPORT))) {
            assertThat(footing)
                    .as(other.toString())
                    .isNotEqualTo(new RememberedSummaries.Footing(other, List.of(AGREEMENT)));
        }
        assertThat(footing).isNotEqualTo(new RememberedSummaries.Footing(viewer, List.of()));
        assertThat(footing.hashCode())
                .as("hashed by what it is made of")
                .isNotEqualTo(new RememberedSummaries.Footing(at(MORNING.plusSeconds(24 * 3600)), List.of(AGREEMENT))
                        .hashCode());
        assertThat(footing).isNotEqualTo("a footing");
    }

    @Test
    void aPersonKeepsTheLatestFewKeysNotEveryDaysForever() {
        for (int day = 0; day < 16; day++) {
            summaries.remember(
                    stephen,
                    key(at(MORNING.plusSeconds(day * 24 * 3600L)), List.of(AGREEMENT), MANAGING, "2026-Q4"),
                    "day " + day);
        }
        RememberedSummaries.Key first = key(at(MORNING), List.of(AGREEMENT), MANAGING, "2026-Q4");
        assertThat(summaries.remembered(stephen, first)).isEqualTo("day 0");

        summaries.remember(
                stephen,
                key(at(MORNING.plusSeconds(16 * 24 * 3600L)), List.of(AGREEMENT), MANAGING, "2026-Q4"),
                "day 16");

        assertThat(summaries.remembered(stephen, first)).isNull();
        assertThat(summaries.remembered(
                        stephen,
                        key(at(MORNING.plusSeconds(16 * 24 * 3600L)), List.of(AGREEMENT), MANAGING, "2026-Q4")))
                .isEqualTo("day 16");
    }

    private static Viewer at(Instant now) {
        return Viewer.of(MANAGER, now).forPurpose(Purpose.OUTCOMES);
    }

    private static RememberedSummaries.Key key(
            Viewer viewer, List<AgreementTerms> agreements, WorkingRelationship relationship, String summary) {
        return RememberedSummaries.key(new RememberedSummaries.Footing(viewer, agreements), relationship, summary);
    }

    private static AgreementTerms copyOf(AgreementTerms terms) {
        return new AgreementTerms(
                terms.agreementId(),
                terms.version(),
                terms.title(),
                terms.parties(),
                terms.categories(),
                terms.purposes(),
                terms.lawfulBases(),
                terms.startsOn(),
                terms.reviewOn(),
                terms.endsOn());
    }

    private static WorkingRelationship sameAs(WorkingRelationship relationship) {
        return new WorkingRelationship(relationship.kind(), relationship.since());
    }

    private static OutcomePerson person(String name) {
        return new OutcomePerson(
                "stephen", name, LocalDate.of(1984, 2, 9), Map.of("stephen", 1L), List.of(), List.of(), List.of());
    }
}
