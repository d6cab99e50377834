package uk.joinedup.caseservice.person.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/** Whose data a person's events hold, and whom their erasure names: the keys the event store seals under. */
class ErasureEventsTest {

    private static final PersonId STEPHEN = new PersonId("person-stephen");

    @Test
    void everyEventOfAPersonIsTheirPersonalData() {
        PersonEvent retracted = new AgencyFactRetracted(STEPHEN, new FactId("fact-1"), "Wrong person");

        assertThat(retracted.dataSubject()).isEqualTo(DataSubject.person("person-stephen"));
        assertThat(retracted.dataSubject().keyId()).isEqualTo("person/person-stephen");
    }

    @Test
    void theirErasureNamesThemAndIsNotSealed() {
        PersonErased erased = new PersonErased(STEPHEN, new ErasureId("erasure-1"));

        assertThat(erased.erasedSubject()).isEqualTo(DataSubject.person("person-stephen"));
        assertThat(erased).isNotInstanceOf(uk.joinedup.caseservice.personaldata.PersonalData.class);
    }
}
