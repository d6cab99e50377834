package uk.joinedup.caseservice.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closer of two working relationships, in the order lead professional, team member, case manager,
 * none; of two as close, the one that reaches further back.
 */
class WorkingRelationshipTest {

    private static final LocalDate EARLIER = LocalDate.of(2023, 1, 10);
    private static final LocalDate LATER = LocalDate.of(2023, 1, 11);

    static Stream<Arguments> everyPairOfKinds() {
        WorkingRelationshipKind[] kinds = WorkingRelationshipKind.values();
        return Arrays.stream(kinds).flatMap(one -> Arrays.stream(kinds).map(other -> Arguments.of(one, other)));
    }

    @ParameterizedTest
    @MethodSource("everyPairOfKinds")
    void theCloserKindWinsWhicheverWayRoundAndItsOwnReachComesWithIt(
            WorkingRelationshipKind one, WorkingRelationshipKind other) {
        WorkingRelationship first = new WorkingRelationship(one, LATER);
        WorkingRelationship second = new WorkingRelationship(other, EARLIER);
        WorkingRelationshipKind closer = one.ordinal() <= other.ordinal() ? one : other;

        WorkingRelationship either = first.closer(second);

        assertThat(either.kind()).isEqualTo(closer);
        assertThat(second.closer(first)).isEqualTo(either);
        if (one != other) {
            assertThat(either).isSameAs(one == closer ? first : second);
        } else {
            assertThat(either.since()).as("as close: the longer reach").isEqualTo(EARLIER);
        }
    }

    @Test
    void ofTwoAsCloseTheOneCoveringEverythingReachesFurthest() {
        WorkingRelationship fromJoining = new WorkingRelationship(WorkingRelationshipKind.TEAM_MEMBER, EARLIER);
        WorkingRelationship everything = WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER);

        assertThat(fromJoining.closer(everything)).isEqualTo(everything);
        assertThat(everything.closer(fromJoining)).isEqualTo(everything);
        assertThat(fromJoining.closer(everything).covers(EARLIER.minusYears(5))).isTrue();
    }

    @Test
    void ofTwoAsCloseFromTheSameDayEitherIsTheSame() {
        WorkingRelationship one = new WorkingRelationship(WorkingRelationshipKind.LEAD_PROFESSIONAL, EARLIER);
        WorkingRelationship other = new WorkingRelationship(WorkingRelationshipKind.LEAD_PROFESSIONAL, EARLIER);

        assertThat(one.closer(other)).isEqualTo(one).isEqualTo(other);
        assertThat(one.closer(other).covers(EARLIER)).isTrue();
        assertThat(one.closer(other).covers(EARLIER.minusDays(1))).isFalse();
    }
}
