package uk.joinedup.caseservice.outcomes.dashboard;

import java.time.LocalDate;

/**
 * A fact a drill-down shows as the evidence that counted a person: only facts the sharing policy shows the
 * viewer for the outcomes purpose ever become one.
 *
 * @param factId the fact's id on the person's record
 * @param kind what it is, e.g. {@code OffenceProven}
 * @param occurredOn its business date
 * @param recordedBy the name of the agency that recorded it
 */
public record Evidence(String factId, String kind, LocalDate occurredOn, String recordedBy) {}
