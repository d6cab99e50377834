package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The mix of things users do, by weight: for every person registered, about eight agency facts (half
 * of them case notes); a household for every two people, most of whom join one. The gateway load and
 * the bulk history both draw from this one list.
 */
final class Workload {

    private final List<WorkloadStep> steps;
    private final int totalWeight;

    private Workload(List<WorkloadStep> steps) {
        this.steps = steps;
        this.totalWeight = steps.stream().mapToInt(WorkloadStep::weight).sum();
    }

    static Workload realistic() {
        return new Workload(List.of(
                PersonSteps.registerPerson(2),
                PersonSteps.recordAgencyFact(16),
                FamilySteps.registerFamily(1),
                FamilySteps.addFamilyMember(2)));
    }

    Next nextCommand(WorkloadState state, RandomGenerator random) {
        while (true) {
            WorkloadStep step = pick(random);
            Optional<Object> command = step.command().apply(state, random);
            if (command.isPresent()) {
                return new Next(step, command.get());
            }
        }
    }

    DomainEventMessage<?> nextEvent(WorkloadState state, RandomGenerator random) {
        while (true) {
            Optional<DomainEventMessage<?>> event = pick(random).event().apply(state, random);
            if (event.isPresent()) {
                return event.get();
            }
        }
    }

    /** A command and the step that made it, to be told when the command succeeded. */
    record Next(WorkloadStep step, Object command) {

        void succeeded(WorkloadState state) {
            step.succeeded().accept(command, state);
        }
    }

    private WorkloadStep pick(RandomGenerator random) {
        int ticket = random.nextInt(totalWeight);
        for (WorkloadStep step : steps) {
            ticket -= step.weight();
            if (ticket < 0) {
                return step;
            }
        }
        throw new IllegalStateException("weights changed");
    }
}
