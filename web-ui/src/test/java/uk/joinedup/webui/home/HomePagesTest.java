package uk.joinedup.webui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.joinedup.webui.govuk.PageNumber;
import uk.joinedup.webui.govuk.Pagination;

class HomePagesTest {

    @Test
    void eachListsPagesKeepTheOtherListsWhereTheyAre() {
        HomePages pages = HomePages.of("2", "3", null);

        assertThat(pages.families(1)).isEqualTo("/?referrals=3");
        assertThat(pages.families(4)).isEqualTo("/?page=4&referrals=3");
        assertThat(pages.referrals(1)).isEqualTo("/?page=2#referrals");
        assertThat(pages.unled(2)).isEqualTo("/?page=2&referrals=3&unled=2#without-lead");
        assertThat(HomePages.of(null, null, null).href()).isEqualTo("/");
    }

    @Test
    void paginationLinksOfTheFamiliesKeepTheManagersInboxPages() {
        HomePages pages = HomePages.of("1", "2", "1");

        Pagination pagination = Pagination.of(1, 3, pages::families);

        assertThat(pagination.previous()).isNull();
        assertThat(pagination.next()).isEqualTo("/?page=2&referrals=2");
        assertThat(pagination.items())
                .extracting(Pagination.Item::href)
                .containsExactly("/?referrals=2", "/?page=2&referrals=2", "/?page=3&referrals=2");
    }

    @Test
    void aPageThatIsNoWholeNumberFromOneIsTheFirst() {
        assertThat(PageNumber.of("7")).isEqualTo(7);
        assertThat(PageNumber.of(" 7 ")).isEqualTo(7);
        assertThat(PageNumber.of("0")).isEqualTo(1);
        assertThat(PageNumber.of("-3")).isEqualTo(1);
        assertThat(PageNumber.of("two")).isEqualTo(1);
        assertThat(PageNumber.of("99999999999")).isEqualTo(1);
        assertThat(PageNumber.of(null)).isEqualTo(1);
    }
}
