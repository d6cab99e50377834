package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;

/**
 * One extension of a subject access request's deadline, as officers and the person see it.
 *
 * @param months the further months (1 or 2)
 * @param reason why: the request is complex, or one of a number
 * @param note the reasons, as the person is told them
 * @param decidedBy the officer, by name
 * @param decidedOn when, within the first month
 * @param dueBy the deadline it set
 */
public record DeadlineExtension(
        int months, ExtensionReason reason, String note, String decidedBy, LocalDate decidedOn, LocalDate dueBy) {}
