package uk.joinedup.webui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.CaseStatus;

class TeamFilterTest {

    @Test
    void readsTheFormsKeyworkerStatusAndPage() {
        TeamFilter filter = TeamFilter.of(" sam.patel ", "OPEN", "2");

        assertThat(filter.keyworker()).isEqualTo("sam.patel");
        assertThat(filter.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(filter.page()).isEqualTo(2);
    }

    @Test
    void anEmptyOrUnknownChoiceIsNoFilter() {
        TeamFilter filter = TeamFilter.of("", "PENDING", "x");

        assertThat(filter.keyworker()).isNull();
        assertThat(filter.status()).isNull();
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.page(1)).isEqualTo("/team-caseload");
    }

    @Test
    void pageLinksKeepTheFilters() {
        TeamFilter filter = TeamFilter.of("o'neil&co", "CLOSED", "1");

        assertThat(filter.page(1)).isEqualTo("/team-caseload?keyworker=o%27neil%26co&status=CLOSED");
        assertThat(filter.page(3)).isEqualTo("/team-caseload?keyworker=o%27neil%26co&status=CLOSED&page=3");
        assertThat(TeamFilter.of(null, null, null).page(2)).isEqualTo("/team-caseload?page=2");
    }
}
