package uk.joinedup.caseservice.retention.due;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.retention.schedules.Records;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;

/**
 * A person or family whose retention has ended: on which day, decided by which schedule for which category.
 * Nothing about their facts beyond that.
 *
 * @param kind {@code person} or {@code family}
 */
public record DueSubject(
        String kind,
        String id,
        Records records,
        LocalDate endedOn,
        InformationCategory decidingCategory,
        RetentionSchedule schedule) {}
