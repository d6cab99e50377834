package uk.joinedup.webui.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.govuk.SubNavigation;

/** The person's page in parts: the sub-navigation. */
class PersonPartTest {

    @Test
    void navigatesEveryPartMarkingTheOneShown() {
        assertThat(PersonPart.CHRONOLOGY.navigation("p1", null).items())
                .extracting(SubNavigation.Item::label, SubNavigation.Item::href, SubNavigation.Item::current)
                .containsExactly(
                        tuple("person.part.details", "/people/p1", false),
                        tuple("person.part.families", "/people/p1/families", false),
                        tuple("person.part.chronology", "/people/p1/chronology", true),
                        tuple("person.part.sharing", "/people/p1/sharing", false));
    }

    @Test
    void keepsTheDateAndLeavesOutHowTheRecordIsSharedNowWhenLookingAtThePast() {
        assertThat(PersonPart.DETAILS
                        .navigation("p1", LocalDate.of(2026, 10, 1))
                        .items())
                .extracting(SubNavigation.Item::href)
                .containsExactly(
                        "/people/p1?asAt=2026-10-01",
                        "/people/p1/families?asAt=2026-10-01",
                        "/people/p1/chronology?asAt=2026-10-01");
    }
}
