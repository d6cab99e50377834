package uk.joinedup.caseservice.subjectaccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeldItemTest {

    @Test
    void anItemsIdIsTheSameOnEveryAssemblyAndNamesNoOne() {
        String id = HeldItem.idFor("person:person-liam:fact-2");

        assertThat(id)
                .isEqualTo(HeldItem.idFor("person:person-liam:fact-2"))
                .matches("item-[0-9a-f-]{36}")
                .doesNotContain("liam")
                .isNotEqualTo(HeldItem.idFor("person:person-liam:fact-3"));
    }
}
