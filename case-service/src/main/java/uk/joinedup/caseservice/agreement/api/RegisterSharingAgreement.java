package uk.joinedup.caseservice.agreement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Register a sharing agreement (information-governance officers). */
public record RegisterSharingAgreement(@TargetAggregateIdentifier AgreementId agreementId, Terms terms, Actor actor)
        implements ActingCommand {}
