package uk.joinedup.caseservice.views.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the early identification read model keeps of a person: their parents and the kinds of their facts. */
class IdentifiedPersonTest {

    @Test
    void keepsTheParentsItIsGivenAndNamesEachOnce() {
        IdentifiedPerson child = new IdentifiedPerson(
                "kai", "Kai", "Reed", null, null, Map.of("fact-1", "dean", "fact-2", "dean", "fact-3", "jo"), Map.of());

        assertThat(child.parentIds()).containsExactly("dean", "jo");
    }

    @Test
    void aFactNamingAParentAddsThemAndItsRetractionTakesThemAway() {
        IdentifiedPerson child = IdentifiedPerson.nobody("kai")
                .withFact("fact-1", "ParentRecorded", "dean")
                .withFact("fact-2", "TermAttendanceRecorded", null);

        assertThat(child.parentIds()).containsExactly("dean");
        assertThat(child.withoutFact("fact-1").parentIds()).isEmpty();
        assertThat(child.withFact("fact-1", "ParentRecorded", null).parentIds())
                .as("corrected to name nobody")
                .isEmpty();
    }

    @Test
    void keepsOnlyTheParentsNamedByTheFactsGivenAndAllElse() {
        IdentifiedPerson child = new IdentifiedPerson(
                "kai",
                "Kai",
                "Reed",
                null,
                "so17 2es|27 portswood road",
                Map.of("fact-1", "dean", "fact-2", "jo"),
                Map.of("fact-1", "ParentRecorded", "fact-2", "ParentRecorded"));

        IdentifiedPerson shown = child.withParentsOnlyFrom(java.util.Set.of("fact-2", "fact-9"));

        assertThat(shown.parentIds()).containsExactly("jo");
        assertThat(shown)
                .isEqualTo(new IdentifiedPerson(
                        "kai",
                        "Kai",
                        "Reed",
                        null,
                        "so17 2es|27 portswood road",
                        Map.of("fact-2", "jo"),
                        child.kinds()));
        assertThat(child.parentIds()).as("unchanged").containsExactly("dean", "jo");
    }

    @Test
    void namesTheKindsOfItsFactsEachOnceInOrder() {
        IdentifiedPerson person = IdentifiedPerson.nobody("dean")
                .withFact("fact-1", "OffenceProven", null)
                .withFact("fact-2", "BenefitClaimStarted", null)
                .withFact("fact-3", "OffenceProven", null);

        assertThat(person.kindsText()).isEqualTo("BenefitClaimStarted,OffenceProven");
        assertThat(person.withoutFact("fact-2").kindsText()).isEqualTo("OffenceProven");
        assertThat(IdentifiedPerson.nobody("nobody").kindsText()).isEmpty();
    }
}
