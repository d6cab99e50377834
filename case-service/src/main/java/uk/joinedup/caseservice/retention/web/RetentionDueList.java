package uk.joinedup.caseservice.retention.web;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.retention.due.DueSubject;

/** The people and families whose retention has ended by a day, earliest first. */
public record RetentionDueList(LocalDate by, List<Due> due) {

    /**
     * One person or family: the day their retention ended and what decided it; nothing about their facts.
     *
     * @param kind {@code person} or {@code family}
     * @param records {@code family-case}, {@code child} or {@code adult}
     * @param category the information category whose retention ended last
     */
    public record Due(
            String kind,
            String id,
            String records,
            LocalDate endedOn,
            String category,
            String scheduleId,
            String schedule,
            String periodInWords,
            String basis) {

        static Due of(DueSubject subject) {
            return new Due(
                    subject.kind(),
                    subject.id(),
                    subject.records().key(),
                    subject.endedOn(),
                    subject.decidingCategory().name(),
                    subject.schedule().id(),
                    subject.schedule().name(),
                    subject.schedule().periodInWords(),
                    subject.schedule().basis());
        }
    }
}
