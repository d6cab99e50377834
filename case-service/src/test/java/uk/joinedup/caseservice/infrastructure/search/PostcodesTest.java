package uk.joinedup.caseservice.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void aPostcodeIsFiledWholeAndBySector() {
        assertThat(Postcodes.normalise("so140pb")).isEqualTo("SO14 0PB");
        assertThat(Postcodes.postcodeKey("SO14 0PB")).isEqualTo("postcode:SO14 0PB");
        assertThat(Postcodes.sectorKey("SO14 0PB")).isEqualTo("postsector:SO14 0");
        assertThat(Postcodes.normalise("not a postcode")).isNull();
    }

    @Test
    void aSearchReadsTheWholePostcodeTheSectorOrTheDistrictsTenSectors() {
        assertThat(Postcodes.searchKeys(" so14 0pb ")).contains(java.util.List.of("postcode:SO14 0PB"));
        assertThat(Postcodes.searchKeys("SO14 0")).contains(java.util.List.of("postsector:SO14 0"));
        assertThat(Postcodes.searchKeys("SO14").orElseThrow())
                .hasSize(10)
                .contains("postsector:SO14 0", "postsector:SO14 9");
        assertThat(Postcodes.searchKeys("Southampton")).isEmpty();
    }
}
