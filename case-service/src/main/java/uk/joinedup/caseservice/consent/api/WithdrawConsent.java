package uk.joinedup.caseservice.consent.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Withdraw a person's consent.
 *
 * @param personId the person it must belong to
 * @param withdrawnOn the day it was withdrawn: today or in the past
 * @param recordedOn today, from the adapter's clock
 */
public record WithdrawConsent(
        @TargetAggregateIdentifier ConsentId consentId,
        PersonId personId,
        LocalDate withdrawnOn,
        String reason,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
