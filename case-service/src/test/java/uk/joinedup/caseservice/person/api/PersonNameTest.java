package uk.joinedup.caseservice.person.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void aPersonIsCalledByTheirGivenNamesThenTheirFamilyName() {
        assertThat(new PersonName("Karen Anne", "Walker").fullName()).isEqualTo("Karen Anne Walker");
    }
}
