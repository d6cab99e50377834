package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The family's case was closed; with open actions only on a manager's recorded override. */
@Revision("1")
public record CaseClosed(
        FamilyId familyId,
        ClosureReason reason,
        String outcomeSummary,
        LocalDate closedOn,
        boolean openActionsOverridden)
        implements FamilyEvent {}
