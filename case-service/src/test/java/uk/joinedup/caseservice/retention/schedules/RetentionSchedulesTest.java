package uk.joinedup.caseservice.retention.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import uk.joinedup.caseservice.agency.InformationCategory;

class RetentionSchedulesTest {

    static final String CLOSED =
            """
            name: Closed cases
            records: family-case
            categories: [FAMILY, CASE_NOTE]
            trigger: case-closed
            period: P6Y
            basis: Limitation Act 1980
            """;

    static final String HEALTH =
            """
            name: Health
            records: adult
            categories: [HEALTH]
            trigger: last-fact
            period: P8Y
            basis: NHS Records Management Code of Practice 2021
            """;

    @Test
    void readsTheShippedSchedules() {
        RetentionSchedules schedules = new RetentionSchedules();

        assertThat(schedules.all())
                .extracting(RetentionSchedule::id)
                .containsExactly(
                        "adult-agency-facts",
                        "adult-health",
                        "adult-in-a-family-case",
                        "child-records",
                        "early-help-family-case");
        RetentionSchedule family = schedules.all().get(4);
        assertThat(family.records()).isEqualTo(Records.FAMILY_CASE);
        assertThat(family.trigger()).isEqualTo(Trigger.CASE_CLOSED);
        assertThat(family.period()).isEqualTo(Period.ofYears(6));
        assertThat(family.categories()).containsExactlyInAnyOrder(InformationCategory.values());
        assertThat(family.basis()).contains("Limitation Act 1980").doesNotEndWith("\n");
        assertThat(family.periodInWords()).isEqualTo("6 years after the case closed");
        assertThat(schedules.all().get(3).periodInWords()).isEqualTo("until the 25th birthday");
        assertThat(schedules.covering(Records.ADULT, InformationCategory.HEALTH))
                .extracting(RetentionSchedule::id)
                .containsExactly("adult-health", "adult-in-a-family-case");
        assertThat(schedules.covering(Records.CHILD, InformationCategory.HEALTH))
                .extracting(RetentionSchedule::id)
                .containsExactly("child-records");
    }

    @Test
    void readsEveryFieldOfAFile() {
        RetentionSchedule schedule = read("closed.yml", CLOSED + "whenOverlapping: longest\n");

        assertThat(schedule)
                .isEqualTo(new RetentionSchedule(
                        "closed",
                        "Closed cases",
                        Records.FAMILY_CASE,
                        Set.of(InformationCategory.FAMILY, InformationCategory.CASE_NOTE),
                        Trigger.CASE_CLOSED,
                        Period.ofYears(6),
                        "Limitation Act 1980",
                        Optional.of(WhenOverlapping.LONGEST)));
        assertThat(read("closed.yml", CLOSED).whenOverlapping()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "period: P6Y|period: six years|the period six years does not parse",
                "period: P6Y|period: P0D|the period P0D is not a length of time",
                "period: P6Y|period: P-6Y|the period P-6Y is not a length of time",
                "CASE_NOTE]|CASE_NOTES]|no information category is called CASE_NOTES",
                "records: family-case|records: household|records household is not one of [family-case, child, adult]",
                "trigger: case-closed|trigger: closed|trigger closed is not one of [case-closed, date-of-birth, last-fact]",
                "trigger: case-closed|trigger: date-of-birth|a family case has no date of birth",
                "basis: Limitation Act 1980|basis: ''|basis must not be blank",
                "name: Closed cases|colour: red|Unrecognized field \"colour\"",
            })
    void refusesAFileThatCannotBeUsedNamingIt(String from, String to, String problem) {
        assertThatThrownBy(() -> read("closed.yml", CLOSED.replace(from, to)))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageStartingWith("The retention schedule file retention/closed.yml cannot be used: ")
                .hasMessageContaining(problem);
    }

    @Test
    void refusesAnUnknownOverlapRule() {
        assertThatThrownBy(() -> read("closed.yml", CLOSED + "whenOverlapping: shortest\n"))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageContaining("whenOverlapping shortest is not a rule: the only rule is longest");
    }

    @Test
    void refusesAnEmptyFileAndYamlThatDoesNotRead() {
        assertThatThrownBy(() -> read("empty.yml", ""))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageContaining("retention/empty.yml")
                .hasMessageContaining("No content");
        assertThatThrownBy(() -> read("null.yml", "~\n"))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageContaining("retention/null.yml")
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("broken.yml", "name: [unclosed"))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageContaining("retention/broken.yml");
    }

    @Test
    void refusesOverlappingSchedulesWithNoRuleNamingTheLaterFile() {
        String other = CLOSED.replace("categories: [FAMILY, CASE_NOTE]", "categories: [CASE_NOTE, HOUSING]");

        assertThatThrownBy(() -> schedules(file("b.yml", other), file("a.yml", CLOSED)))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessage("The retention schedule file retention/b.yml cannot be used: it covers the same records"
                        + " as a (an early-help family case, CASE_NOTE) and they do not both say whenOverlapping:"
                        + " longest");
        assertThatThrownBy(() -> schedules(file("a.yml", CLOSED + "whenOverlapping: longest\n"), file("b.yml", other)))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageContaining("retention/b.yml");
        assertThatThrownBy(() -> schedules(file("a.yml", CLOSED), file("b.yml", other + "whenOverlapping: longest\n")))
                .isInstanceOf(RetentionScheduleInvalid.class)
                .hasMessageContaining("retention/b.yml");
    }

    @Test
    void acceptsOverlappingSchedulesThatBothSayTheLongerWins() {
        String other = CLOSED.replace("categories: [FAMILY, CASE_NOTE]", "categories: [CASE_NOTE]");

        RetentionSchedules schedules = schedules(
                file("b.yml", other + "whenOverlapping: longest\n"),
                file("a.yml", CLOSED + "whenOverlapping: longest\n"));

        assertThat(schedules.covering(Records.FAMILY_CASE, InformationCategory.CASE_NOTE))
                .extracting(RetentionSchedule::id)
                .containsExactly("a", "b");
    }

    @Test
    void schedulesOverlapOnlyOnTheSameRecordsAndACategoryInCommon() {
        RetentionSchedules schedules = schedules(
                file("a.yml", CLOSED),
                file("b.yml", CLOSED.replace("categories: [FAMILY, CASE_NOTE]", "categories: [HOUSING]")),
                file("c.yml", CLOSED.replace("records: family-case", "records: adult")),
                file("d.yml", HEALTH));

        assertThat(schedules.all()).hasSize(4);
        assertThat(schedules.covering(Records.ADULT, InformationCategory.FAMILY))
                .extracting(RetentionSchedule::id)
                .containsExactly("c");
    }

    @ParameterizedTest
    @CsvSource({
        "1,1st",
        "2,2nd",
        "3,3rd",
        "4,4th",
        "11,11th",
        "12,12th",
        "13,13th",
        "21,21st",
        "22,22nd",
        "23,23rd",
        "25,25th",
        "111,111th",
        "101,101st"
    })
    void saysOrdinals(int number, String ordinal) {
        assertThat(RetentionSchedule.ordinal(number)).isEqualTo(ordinal);
    }

    @Test
    void saysAPeriodInWords() {
        RetentionSchedule health = read("health.yml", HEALTH);
        assertThat(health.periodInWords()).isEqualTo("8 years after the last fact recorded");
        String birthday = HEALTH.replace("trigger: last-fact", "trigger: date-of-birth");
        assertThat(read("b.yml", birthday.replace("P8Y", "P18Y")).periodInWords())
                .isEqualTo("until the 18th birthday");
        assertThat(read("b.yml", birthday.replace("P8Y", "P18Y6M")).periodInWords())
                .isEqualTo("18 years and 6 months after the date of birth");
        assertThat(read("b.yml", birthday.replace("P8Y", "P18Y1D")).periodInWords())
                .isEqualTo("18 years and 1 day after the date of birth");
    }

    static RetentionSchedule read(String name, String yaml) {
        return RetentionSchedules.read(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    static Resource file(String name, String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    static RetentionSchedules schedules(Resource... files) {
        return new RetentionSchedules(List.of(files));
    }
}
