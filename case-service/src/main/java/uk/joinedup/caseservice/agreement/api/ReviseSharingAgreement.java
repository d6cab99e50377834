package uk.joinedup.caseservice.agreement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Revise a sharing agreement with its full new terms, saying why (information-governance officers). */
public record ReviseSharingAgreement(
        @TargetAggregateIdentifier AgreementId agreementId, Terms terms, String reason, Actor actor)
        implements ActingCommand {}
