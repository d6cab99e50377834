package uk.joinedup.caseservice.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * Every combination of how a viewer relates to an entry, for every category of information. The
 * expected basis of each combination is written out by hand in {@link #RULES}.
 */
class SharingPolicyTest {

    private static final AgencyId VIEWERS_AGENCY = new AgencyId("southampton-housing");
    private static final AgencyId OTHER_AGENCY = new AgencyId("southampton-probation");
    private static final AgencyId THIRD_AGENCY = new AgencyId("solent-health");

    /** own agency's entry, viewer's agency on the team, viewer a manager, what the entry discloses: basis. */
    private static final Object[][] RULES = {
        {true, true, true, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {true, true, true, EntryKind.CASEWORK, SharingBasis.OWN_AGENCY},
        {true, true, true, EntryKind.AGENCY_RECORD, SharingBasis.OWN_AGENCY},
        {true, true, false, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {true, true, false, EntryKind.CASEWORK, SharingBasis.OWN_AGENCY},
        {true, true, false, EntryKind.AGENCY_RECORD, SharingBasis.OWN_AGENCY},
        {true, false, true, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {true, false, true, EntryKind.CASEWORK, SharingBasis.OWN_AGENCY},
        {true, false, true, EntryKind.AGENCY_RECORD, SharingBasis.OWN_AGENCY},
        {true, false, false, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {true, false, false, EntryKind.CASEWORK, SharingBasis.OWN_AGENCY},
        {true, false, false, EntryKind.AGENCY_RECORD, SharingBasis.OWN_AGENCY},
        {false, true, true, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {false, true, true, EntryKind.CASEWORK, SharingBasis.TEAM_AROUND_THE_FAMILY},
        {false, true, true, EntryKind.AGENCY_RECORD, SharingBasis.TEAM_AROUND_THE_FAMILY},
        {false, true, false, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {false, true, false, EntryKind.CASEWORK, SharingBasis.TEAM_AROUND_THE_FAMILY},
        {false, true, false, EntryKind.AGENCY_RECORD, SharingBasis.TEAM_AROUND_THE_FAMILY},
        {false, false, true, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {false, false, true, EntryKind.CASEWORK, SharingBasis.CASE_MANAGEMENT},
        {false, false, true, EntryKind.AGENCY_RECORD, SharingBasis.WITHHELD},
        {false, false, false, EntryKind.EXISTENCE, SharingBasis.MATCHING},
        {false, false, false, EntryKind.CASEWORK, SharingBasis.WITHHELD},
        {false, false, false, EntryKind.AGENCY_RECORD, SharingBasis.WITHHELD},
    };

    private final SharingPolicy policy = new SharingPolicy();

    static Stream<Arguments> everyCase() {
        return Arrays.stream(InformationCategory.values()).flatMap(category -> Arrays.stream(RULES)
                .map(rule -> Arguments.of(rule[0], rule[1], rule[2], rule[3], category, rule[4])));
    }

    @ParameterizedTest(name = "own={0} team={1} manager={2} {3} {4} -> {5}")
    @MethodSource("everyCase")
    void decidesOnTheBasisTheRulesGive(
            boolean ownAgencysEntry,
            boolean viewerOnTeam,
            boolean manager,
            EntryKind kind,
            InformationCategory category,
            SharingBasis expected) {
        Viewer viewer = new Viewer(
                VIEWERS_AGENCY, manager, viewerOnTeam ? Set.of(VIEWERS_AGENCY, THIRD_AGENCY) : Set.of(THIRD_AGENCY));
        SharedEntry entry = new SharedEntry(ownAgencysEntry ? VIEWERS_AGENCY : OTHER_AGENCY, category, kind);

        SharingBasis basis = policy.decide(viewer, entry);

        assertThat(basis).isEqualTo(expected);
        assertThat(basis.visible()).isEqualTo(expected != SharingBasis.WITHHELD);
    }
}
