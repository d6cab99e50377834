package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * An information-governance officer extended the request's deadline, within its first month, because the request
 * is complex or one of a number (UK GDPR Art. 12(3)). Who decided is in the event's metadata, as for every event.
 *
 * @param months the further months of this extension (1 or 2; all extensions together at most 2)
 * @param note the reasons, as the person is told them
 * @param decidedOn the day it was decided, within the first month
 * @param dueBy the deadline now: as many calendar months after the day the request was received as the statutory month
 *     and every extension so far (the same day of that month, or its last day)
 */
@Revision("1")
public record SubjectAccessDeadlineExtended(
        SubjectAccessRequestId requestId,
        PersonId personId,
        int months,
        ExtensionReason reason,
        String note,
        LocalDate decidedOn,
        LocalDate dueBy)
        implements SubjectAccessRequestEvent {}
