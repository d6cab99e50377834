package uk.joinedup.caseservice.views.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.person.api.Address;

/** Households assembled from the people at one address and the parents named on the children's records. */
class HouseholdsTest {

    private static final String HERE = "SO143HR:flat-1-kestrel-court";

    @Test
    void aParentAndTheChildNamingThemAreAHousehold() {
        IdentifiedPerson mother = person("mother");
        IdentifiedPerson son = person("son").withFact("f-1", "ParentRecorded", "mother");

        assertThat(Households.at(List.of(mother, son), Map.of()))
                .containsExactly(Map.of("mother", Relationship.PARENT, "son", Relationship.CHILD));
    }

    @Test
    void aLodgerNamedByNoOneAndNamingNoOneIsLeftOut() {
        IdentifiedPerson mother = person("mother");
        IdentifiedPerson son = person("son").withFact("f-1", "ParentRecorded", "mother");
        IdentifiedPerson lodger = person("lodger");

        assertThat(Households.at(List.of(mother, son, lodger), Map.of()))
                .singleElement()
                .satisfies(household -> assertThat(household).doesNotContainKey("lodger"));
    }

    @Test
    void twoParentsAndTwoChildrenJoinedByAnyLinkAreOneHousehold() {
        IdentifiedPerson mother = person("a-mother");
        IdentifiedPerson father = person("b-father");
        IdentifiedPerson daughter = person("c-daughter").withFact("f-1", "ParentRecorded", "a-mother");
        IdentifiedPerson son = person("d-son")
                .withFact("f-2", "ParentRecorded", "b-father")
                .withFact("f-3", "ParentRecorded", "a-mother");

        assertThat(Households.at(List.of(son, daughter, father, mother), Map.of()))
                .singleElement()
                .satisfies(household ->
                        assertThat(household.keySet()).containsExactly("a-mother", "b-father", "c-daughter", "d-son"));
    }

    @Test
    void twoUnrelatedFamiliesAtOneAddressAreTwoHouseholds() {
        IdentifiedPerson first = person("a-parent");
        IdentifiedPerson firstChild = person("b-child").withFact("f-1", "ParentRecorded", "a-parent");
        IdentifiedPerson second = person("c-parent");
        IdentifiedPerson secondChild = person("d-child").withFact("f-2", "ParentRecorded", "c-parent");

        assertThat(Households.at(List.of(first, firstChild, second, secondChild), Map.of()))
                .hasSize(2);
    }

    @Test
    void aParentNamedWhoLivesElsewhereMakesNoHousehold() {
        IdentifiedPerson son = person("son").withFact("f-1", "ParentRecorded", "father-elsewhere");

        assertThat(Households.at(List.of(son, person("neighbour")), Map.of())).isEmpty();
    }

    @Test
    void aRetractedParentFactMakesNoHousehold() {
        IdentifiedPerson son =
                person("son").withFact("f-1", "ParentRecorded", "mother").withoutFact("f-1");

        assertThat(Households.at(List.of(person("mother"), son), Map.of())).isEmpty();
    }

    @Test
    void peopleAlreadyInOneFamilyTogetherAreNotProposedAgain() {
        IdentifiedPerson mother = person("mother");
        IdentifiedPerson son = person("son").withFact("f-1", "ParentRecorded", "mother");

        assertThat(Households.at(
                        List.of(mother, son),
                        Map.of("mother", Set.of("family-1", "family-2"), "son", Set.of("family-2"))))
                .isEmpty();
        assertThat(Households.at(List.of(mother, son), Map.of("mother", Set.of("family-1"), "son", Set.of("family-2"))))
                .as("in two different families: proposed")
                .hasSize(1);
    }

    @Test
    void anAddressIsKeyedByItsNormalisedPostcodeAndFirstLine() {
        assertThat(AddressKeys.of(new Address("Flat 1, Kestrel Court", null, "Southampton", "so14 3hr", null)))
                .isEqualTo(HERE)
                .isEqualTo(AddressKeys.of(new Address("flat 1  kestrel court.", null, "Soton", "SO143HR", null)));
        assertThat(AddressKeys.of(new Address("Flat 2, Kestrel Court", null, "Southampton", "SO14 3HR", null)))
                .isNotEqualTo(HERE);
        assertThat(AddressKeys.of(new Address("Flat 1, Kestrel Court", null, "Southampton", "not a postcode", null)))
                .isNull();
        assertThat(AddressKeys.of(null)).isNull();
    }

    private static IdentifiedPerson person(String id) {
        return IdentifiedPerson.nobody(id).named("Given", "Family", LocalDate.of(2000, 1, 1), HERE);
    }
}
