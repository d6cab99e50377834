package uk.joinedup.caseservice.agreement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * End a sharing agreement, saying why (information-governance officers).
 *
 * @param endsOn its last day: in the past, today or to come
 */
public record EndSharingAgreement(
        @TargetAggregateIdentifier AgreementId agreementId, LocalDate endsOn, String reason, Actor actor)
        implements ActingCommand {}
