package uk.joinedup.caseservice.emergency.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.emergency.api.BreakGlass;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideReviewed;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.ReviewOverride;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.RecordErased;

/**
 * One emergency override ("break glass"), its own small event stream: granted for a limited time, then
 * reviewed once. The adapter sets its times from the clock and works out which agencies it opens.
 */
@Aggregate(cache = "aggregateCache")
class EmergencyOverride {

    @AggregateIdentifier
    private OverrideId overrideId;

    private PersonId personId;
    private String userId;
    private Set<AgencyId> openedAgencies;
    private boolean reviewed;

    /** Its person's record was erased: every event of it reads as erased, and it refuses every command. */
    private boolean erased;

    EmergencyOverride() {
        // for Axon
    }

    @CommandHandler
    EmergencyOverride(BreakGlass command) {
        Actor actor = command.actor();
        if (!actor.hasRole(Role.KEYWORKER) && !actor.hasRole(Role.TEAM_MANAGER)) {
            throw new PractitionersOnly();
        }
        if (command.explanation() == null || command.explanation().isBlank()) {
            throw new ExplanationRequired();
        }
        if (command.openedAgencies().isEmpty()) {
            throw new NothingWithheld();
        }
        if (!command.until().isAfter(command.from())) {
            throw new OverrideEndsBeforeItBegins();
        }
        apply(new EmergencyAccessGranted(
                command.overrideId(),
                command.personId(),
                actor.userId(),
                actor.agency(),
                command.reason(),
                command.explanation().strip(),
                command.from(),
                command.until(),
                Set.copyOf(command.openedAgencies())));
    }

    @CommandHandler
    void handle(ReviewOverride command) {
        Actor actor = command.actor();
        if (reviewed) {
            throw new OverrideAlreadyReviewed();
        }
        if (actor.userId().equals(userId)) {
            throw new OwnOverride();
        }
        boolean officer = actor.hasRole(Role.IG_OFFICER);
        boolean managerOfAnOpenedAgency = actor.hasRole(Role.TEAM_MANAGER) && openedAgencies.contains(actor.agency());
        if (!officer && !managerOfAnOpenedAgency) {
            throw new ReviewersOnly();
        }
        if (command.note() == null || command.note().isBlank()) {
            throw new ReviewNoteRequired();
        }
        apply(new EmergencyOverrideReviewed(
                overrideId, personId, command.justified(), command.note().strip(), actor.agency()));
    }

    @EventSourcingHandler
    void on(EmergencyAccessGranted event) {
        overrideId = event.overrideId();
        personId = event.personId();
        userId = event.userId();
        openedAgencies = Set.copyOf(event.openedAgencies());
    }

    @EventSourcingHandler
    void on(EmergencyOverrideReviewed event) {
        reviewed = true;
    }

    /** Every command is refused once its person's record is erased (410): its events then read as erased. */
    @CommandHandlerInterceptor
    void refuseOnceErased() {
        if (erased) {
            throw new RecordErased();
        }
    }

    /** An event whose key was destroyed with its person's record. */
    @EventSourcingHandler
    void on(ErasedEvent event, @SourceId String identifier) {
        if (overrideId == null) {
            overrideId = new OverrideId(identifier);
        }
        erased = true;
    }
}
