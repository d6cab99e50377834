package uk.joinedup.caseservice.retention.schedules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.infrastructure.configuration.CheckedYaml;

/**
 * The retention schedules: one YAML file per schedule under {@code retention/} on the class path, read and
 * checked when the service starts. A file that cannot be used stops the start with {@link
 * RetentionScheduleInvalid} naming the file and the problem.
 */
@Component
public class RetentionSchedules {

    private final List<RetentionSchedule> schedules;

    /** The schedules shipped under {@code retention/} on the class path. */
    public RetentionSchedules() {
        this(resources());
    }

    /** The schedules in these files: a test's, or a council's own. */
    public RetentionSchedules(List<Resource> files) {
        List<RetentionSchedule> read = new ArrayList<>();
        List<Resource> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Resource::getFilename));
        for (Resource file : sorted) {
            RetentionSchedule schedule;
            try (InputStream content = file.getInputStream()) {
                schedule = read(file.getFilename(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (RetentionSchedule earlier : read) {
                checkOverlap(file.getFilename(), earlier, schedule);
            }
            read.add(schedule);
        }
        this.schedules = List.copyOf(read);
    }

    /** Every schedule, in the order of their files' names. */
    public List<RetentionSchedule> all() {
        return schedules;
    }

    /** The schedules covering these records in this category: none, one, or several that say the longer wins. */
    public List<RetentionSchedule> covering(Records records, InformationCategory category) {
        return schedules.stream()
                .filter(schedule -> schedule.covers(records, category))
                .toList();
    }

    static RetentionSchedule read(String fileName, InputStream content) {
        ScheduleFile file = CheckedYaml.read(fileName, content, ScheduleFile.class, RetentionScheduleInvalid::new);
        Records records = Records.byKey(file.records())
                .orElseThrow(() -> new RetentionScheduleInvalid(
                        fileName,
                        "records " + file.records() + " is not one of "
                                + Arrays.stream(Records.values())
                                        .map(Records::key)
                                        .toList(),
                        null));
        Trigger trigger = Trigger.byKey(file.trigger())
                .orElseThrow(() -> new RetentionScheduleInvalid(
                        fileName,
                        "trigger " + file.trigger() + " is not one of "
                                + Arrays.stream(Trigger.values())
                                        .map(Trigger::key)
                                        .toList(),
                        null));
        if (records == Records.FAMILY_CASE && trigger == Trigger.DATE_OF_BIRTH) {
            throw new RetentionScheduleInvalid(fileName, "a family case has no date of birth", null);
        }
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        for (String category : file.categories()) {
            categories.add(category(fileName, category));
        }
        return new RetentionSchedule(
                fileName.replaceFirst("\\.ya?ml$", ""),
                file.name(),
                records,
                categories,
                trigger,
                period(fileName, file.period()),
                file.basis().strip(),
                whenOverlapping(fileName, file.whenOverlapping()));
    }

    private static InformationCategory category(String fileName, String category) {
        return Arrays.stream(InformationCategory.values())
                .filter(known -> known.name().equals(category))
                .findFirst()
                .orElseThrow(() ->
                        new RetentionScheduleInvalid(fileName, "no information category is called " + category, null));
    }

    private static Period period(String fileName, String text) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new RetentionScheduleInvalid(
                    fileName, "the period " + text + " does not parse: write it as P6Y or P25Y", e);
        }
        if (period.isNegative() || period.isZero()) {
            throw new RetentionScheduleInvalid(fileName, "the period " + text + " is not a length of time", null);
        }
        return period;
    }

    private static Optional<WhenOverlapping> whenOverlapping(String fileName, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (!text.equals("longest")) {
            throw new RetentionScheduleInvalid(
                    fileName, "whenOverlapping " + text + " is not a rule: the only rule is longest", null);
        }
        return Optional.of(WhenOverlapping.LONGEST);
    }

    private static void checkOverlap(String fileName, RetentionSchedule earlier, RetentionSchedule later) {
        if (earlier.overlaps(later)
                && (earlier.whenOverlapping().isEmpty()
                        || later.whenOverlapping().isEmpty())) {
            throw new RetentionScheduleInvalid(
                    fileName,
                    "it covers the same records as " + earlier.id() + " ("
                            + later.records().inWords()
                            + ", " + overlap(earlier, later) + ") and they do not both say"
                            + " whenOverlapping: longest",
                    null);
        }
    }

    private static String overlap(RetentionSchedule earlier, RetentionSchedule later) {
        return later.categories().stream()
                .filter(earlier.categories()::contains)
                .sorted()
                .map(InformationCategory::name)
                .collect(Collectors.joining(", "));
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:retention/*.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
