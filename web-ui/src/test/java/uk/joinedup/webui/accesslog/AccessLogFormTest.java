package uk.joinedup.webui.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.AccessLogQuery;
import uk.joinedup.webui.govuk.DateInput;

class AccessLogFormTest {

    @Test
    void keepsTheFiltersInTheAddressesOfThePagesAndOfTheDownload() {
        AccessLogForm form = new AccessLogForm();
        form.setPerson(" p-1 ");
        form.setAgency("southampton-housing");
        form.setUser("");
        form.setFrom(DateInput.of(LocalDate.of(2026, 11, 3)));
        form.setPage(4);

        assertThat(form.filtered()).isTrue();
        assertThat(form.withFilters("/access-log.csv"))
                .isEqualTo(
                        "/access-log.csv?person=p-1&agency=southampton-housing&from.day=3&from.month=11&from.year=2026");
        assertThat(form.page("/access-log", 2)).endsWith("&from.year=2026&page=2");
        assertThat(new AccessLogForm().page("/access-log", 2)).isEqualTo("/access-log?page=2");
        assertThat(form.toQuery(LocalDate.of(2026, 11, 3), null))
                .isEqualTo(new AccessLogQuery("p-1", null, "southampton-housing", LocalDate.of(2026, 11, 3), null));
    }

    @Test
    void escapesWhatWasTypedAndNeverGoesBelowPageOne() {
        AccessLogForm form = new AccessLogForm();
        form.setPerson("a&b c");
        form.setPage(-3);

        assertThat(form.withFilters("/access-log")).isEqualTo("/access-log?person=a%26b%20c");
        assertThat(form.getPage()).isEqualTo(1);
        assertThat(new AccessLogForm().filtered()).isFalse();
    }
}
