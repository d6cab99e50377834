package uk.joinedup.caseservice.retention.due;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.joinedup.caseservice.retention.evaluation.Cases;
import uk.joinedup.caseservice.retention.evaluation.RetentionEvaluation;
import uk.joinedup.caseservice.retention.evaluation.SubjectDates;
import uk.joinedup.caseservice.retention.schedules.Records;

/**
 * A person's dates, as held: written field by field ({@code dates}, {@code lastFacts} by the person's
 * events; {@code families}, one entry per family, by the families' events), so that events handled at once
 * in different segments never lose each other's writes. Dates are ISO text.
 *
 * @param personId the person's id
 * @param dates {@code dateOfBirth} (if known) and {@code recordOpened}
 * @param lastFacts the last fact's day per category name
 * @param families each family the person has belonged to, by id, and its case
 */
record RetainedPerson(
        @JsonProperty("_id") String personId,
        Map<String, String> dates,
        Map<String, String> lastFacts,
        Map<String, CaseState> families) {

    RetainedPerson {
        dates = dates == null ? Map.of() : dates;
        lastFacts = lastFacts == null ? Map.of() : lastFacts;
        families = families == null ? Map.of() : families;
    }

    Records records() {
        LocalDate opened = date("recordOpened").orElse(LocalDate.MAX);
        return RetentionEvaluation.personsRecords(date("dateOfBirth"), opened);
    }

    SubjectDates subjectDates() {
        boolean open = families.values().stream().anyMatch(CaseState::open);
        Optional<LocalDate> lastClosed = families.values().stream()
                .map(CaseState::lastClosed)
                .filter(day -> day != null)
                .map(LocalDate::parse)
                .max(LocalDate::compareTo);
        return new SubjectDates(date("dateOfBirth"), new Cases(open, lastClosed), LastFacts.read(lastFacts));
    }

    private Optional<LocalDate> date(String name) {
        return Optional.ofNullable(dates.get(name)).map(LocalDate::parse);
    }
}
