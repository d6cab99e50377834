package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.joinedup.caseservice.accesslog.Views.familyView;
import static uk.joinedup.caseservice.accesslog.Views.personView;
import static uk.joinedup.caseservice.accesslog.Views.uk;
import static uk.joinedup.caseservice.accesslog.Views.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What information-governance officers find, against the embedded MongoDB; days are UK days. */
class AccessLogSearchTest {

    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

    private final LogStore store = LogStore.inMemory();
    private final AccessLog log = store.open();
    private final AccessLogSearch search = store.search();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDayRunsFromMidnightToMidnightUkTimeInSummer() {
        long lastOfJune = append(personView("p-1", uk("2026-06-30T23:59:59.999")));
        long first = append(personView("p-1", uk("2026-07-01T00:00:00")));
        long noon = append(personView("p-1", uk("2026-07-01T12:00:00")));
        long last = append(personView("p-1", uk("2026-07-01T23:59:59.999")));
        long firstOfJuly2 = append(personView("p-1", uk("2026-07-02T00:00:00")));

        assertThat(sequences(filter(null, null, null, JULY_1, JULY_1))).containsExactly(last, noon, first);
        assertThat(sequences(filter(null, null, null, JULY_1.minusDays(1), JULY_1.minusDays(1))))
                .containsExactly(lastOfJune);
        assertThat(sequences(filter(null, null, null, JULY_1.plusDays(1), JULY_1.plusDays(1))))
                .containsExactly(firstOfJuly2);
        assertThat(sequences(filter("p-1", null, null, JULY_1, JULY_1))).containsExactly(last, noon, first);
    }

    @Test
    void aDayRunsFromMidnightToMidnightUkTimeInWinter() {
        long lastOfNovember = append(personView("p-1", uk("2026-11-30T23:59:00")));
        long first = append(personView("p-1", uk("2026-12-01T00:00:00")));
        long last = append(personView("p-1", uk("2026-12-01T23:59:00")));

        LocalDate december1 = LocalDate.of(2026, 12, 1);
        assertThat(sequences(filter(null, null, null, december1, december1))).containsExactly(last, first);
        assertThat(sequences(filter("p-1", null, null, december1.minusDays(1), december1.minusDays(1))))
                .containsExactly(lastOfNovember);
    }

    @Test
    void countsExactlyWhenViewsAroundMidnightAreAppendedOutOfOrder() {
        long before = append(personView("p-1", uk("2026-07-01T23:59:59.990")));
        long tomorrow = append(personView("p-1", uk("2026-07-02T00:00:00.001")));
        long late = append(personView("p-1", uk("2026-07-01T23:59:59.998")));
        long after = append(personView("p-1", uk("2026-07-02T00:00:00.500")));

        AccessLogPage july1 = search.find(filter(null, null, null, JULY_1, JULY_1), 1, 50);
        AccessLogPage july2 = search.find(filter(null, null, null, JULY_1.plusDays(1), JULY_1.plusDays(1)), 1, 50);

        assertThat(july1.total()).isEqualTo(2);
        assertThat(july1.records()).extracting(LoggedAccess::sequence).containsExactly(late, before);
        assertThat(july2.total()).isEqualTo(2);
        assertThat(july2.records()).extracting(LoggedAccess::sequence).containsExactly(after, tomorrow);
    }

    @Test
    void findsByPersonIncludingFamilyViewsThatShowedThem() {
        long personView = append(personView("p-1", uk("2026-07-01T09:00:00")));
        long familyView = append(familyView("f-1", Set.of("p-1", "p-2"), uk("2026-07-01T10:00:00")));
        append(personView("p-3", uk("2026-07-01T11:00:00")));

        assertThat(sequences(filter("p-1", null, null, JULY_1, JULY_1))).containsExactly(familyView, personView);
        assertThat(sequences(filter("p-2", null, null, JULY_1, JULY_1))).containsExactly(familyView);
        assertThat(sequences(filter("p-9", null, null, JULY_1, JULY_1))).isEmpty();
    }

    @Test
    void findsByUserAndByAgencyAndByAllTogether() {
        long jo = append(view("jo.carter", "Jo Carter", "southampton-probation", "p-1", uk("2026-07-01T09:00:00")));
        long kim = append(view("kim.lee", "Kim Lee", "southampton-probation", "p-2", uk("2026-07-01T09:30:00")));
        long lee = append(view("lee.morgan", "Lee Morgan", "southampton-housing", "p-1", uk("2026-07-01T10:00:00")));

        assertThat(sequences(filter(null, "jo.carter", null, JULY_1, JULY_1))).containsExactly(jo);
        assertThat(sequences(filter(null, null, "southampton-probation", JULY_1, JULY_1)))
                .containsExactly(kim, jo);
        assertThat(sequences(filter("p-1", null, "southampton-housing", JULY_1, JULY_1)))
                .containsExactly(lee);
        assertThat(sequences(filter("p-1", "kim.lee", "southampton-probation", JULY_1, JULY_1)))
                .isEmpty();
    }

    @Test
    void filtersOverMonthsKeepOnlyThePeriodsDays() {
        append(personView("p-1", uk("2026-06-14T12:00:00")));
        long june15 = append(personView("p-1", uk("2026-06-15T00:00:00")));
        long july15 = append(personView("p-1", uk("2026-07-15T23:59:59")));
        append(personView("p-1", uk("2026-07-16T00:00:00")));

        AccessLogFilter period = filter(
                "p-1", "jo.carter", "southampton-probation", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15));

        assertThat(sequences(period)).containsExactly(july15, june15);
    }

    @Test
    void pagesNewestFirstWithTheTotalOnEveryPage() {
        for (int i = 0; i < 120; i++) {
            append(personView("p-" + (i % 7), uk("2026-07-01T08:00:00").plusSeconds(i)));
        }

        AccessLogPage first = search.find(filter(null, null, null, JULY_1, JULY_1), 1, 50);
        AccessLogPage third = search.find(filter(null, null, null, JULY_1, JULY_1), 3, 50);
        AccessLogPage beyond = search.find(filter(null, null, null, JULY_1, JULY_1), 4, 50);

        assertThat(first.total()).isEqualTo(120);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.records()).hasSize(50);
        assertThat(first.records().get(0).sequence()).isEqualTo(120);
        assertThat(third.records())
                .extracting(LoggedAccess::sequence)
                .endsWith(2L, 1L)
                .hasSize(20);
        assertThat(beyond.records()).isEmpty();
    }

    @Test
    void exportsEveryMatchingRecordNewestFirst() {
        for (int i = 0; i < 30; i++) {
            append(personView(
                    i % 2 == 0 ? "even" : "odd", uk("2026-07-01T08:00:00").plusSeconds(i)));
        }
        List<Long> exported = new ArrayList<>();

        search.forEach(filter("even", null, null, JULY_1, JULY_1), record -> exported.add(record.sequence()));

        assertThat(exported).hasSize(15).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void tellsAPersonWhoLookedAtTheirRecordOverAnyPeriod() {
        long older = append(personView("p-1", uk("2025-01-10T09:00:00")));
        append(personView("p-2", uk("2026-03-10T09:00:00")));
        long family = append(familyView("f-1", Set.of("p-1"), uk("2026-07-01T09:00:00")));

        assertThat(search.forPerson("p-1", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting(LoggedAccess::sequence)
                .containsExactly(family, older);
        assertThat(search.forPerson("p-1", LocalDate.of(2025, 1, 11), LocalDate.of(2026, 6, 30)))
                .isEmpty();
    }

    @Test
    void aPeriodIsRequiredToBeAYearAtMostAndInOrder() {
        LocalDate today = LocalDate.of(2026, 12, 2);

        AccessLogFilter defaults = AccessLogFilter.of(" ", null, null, null, null, today);
        assertThat(defaults.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(defaults.to()).isEqualTo(today);
        assertThat(defaults.personId()).isNull();
        assertThat(AccessLogFilter.of(null, null, null, LocalDate.of(2025, 12, 3), today, today)
                        .from())
                .isEqualTo(LocalDate.of(2025, 12, 3));
        assertThatThrownBy(() -> AccessLogFilter.of(null, null, null, LocalDate.of(2025, 12, 1), today, today))
                .isInstanceOfSatisfying(PeriodNotAllowed.class, refused -> assertThat(refused.code())
                        .isEqualTo("period-too-long"));
        assertThatThrownBy(() -> AccessLogFilter.of(null, null, null, today.plusDays(1), today, today))
                .isInstanceOfSatisfying(PeriodNotAllowed.class, refused -> assertThat(refused.code())
                        .isEqualTo("period-reversed"));
    }

    private long append(AccessRecord record) {
        return log.appendAndGet(record).sequence();
    }

    private List<Long> sequences(AccessLogFilter filter) {
        AccessLogPage page = search.find(filter, 1, 200);
        assertThat(page.total()).isEqualTo(page.records().size());
        return page.records().stream().map(LoggedAccess::sequence).toList();
    }

    private static AccessLogFilter filter(String person, String user, String agency, LocalDate from, LocalDate to) {
        return new AccessLogFilter(person, user, agency, from, to);
    }
}
