package uk.joinedup.caseservice.identification.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.identification.api.CandidateDecided;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.identification.api.CandidateId;
import uk.joinedup.caseservice.identification.api.DecideOnCandidate;
import uk.joinedup.caseservice.rules.ReasonRequired;

/**
 * The decisions about one candidate for early help. A candidate is decided again as often as a practitioner
 * sees cause (a family not eligible now may be later); the latest decision stands. The access check comes
 * first, so that a refusal says nothing about the candidate to someone who may not decide.
 */
@Aggregate(cache = "aggregateCache")
class Identification {

    @AggregateIdentifier
    private CandidateId candidateId;

    private CandidateDecision decision;
    private String reason;

    Identification() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DecideOnCandidate command) {
        earlyHelpManagersOnly(command.actor());
        if (!namesItsMembers(command)) {
            throw new NotTheHouseholdsMembers();
        }
        if (command.decision() == null) {
            throw new DecisionRequired();
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ReasonRequired();
        }
        String given = command.reason().strip();
        if (given.length() > DecideOnCandidate.REASON_AT_MOST) {
            throw new ReasonTooLong(DecideOnCandidate.REASON_AT_MOST);
        }
        if (command.decision() == decision && given.equals(reason)) {
            throw new NothingNew(decision);
        }
        apply(new CandidateDecided(
                command.candidateId(), command.members(), command.decision(), given, command.decidedOn()));
    }

    /** A household's decision names the people its id is made from; a registered family's names nobody. */
    private static boolean namesItsMembers(DecideOnCandidate command) {
        CandidateId candidate = command.candidateId();
        return candidate.household()
                ? CandidateId.household(command.members()).equals(candidate)
                : command.members().isEmpty();
    }

    private static void earlyHelpManagersOnly(Actor actor) {
        if (!actor.hasRole(Role.TEAM_MANAGER) || actor.agencyKind() != AgencyKind.EARLY_HELP) {
            throw new EarlyHelpManagersOnly();
        }
    }

    @EventSourcingHandler
    void on(CandidateDecided event) {
        candidateId = event.candidateId();
        decision = event.decision();
        reason = event.reason();
    }
}
