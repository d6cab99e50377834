package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One kind of thing users do, as a command for the command gateway and as the event its aggregate
 * would record, for bulk histories appended straight to the engine. To make the workload more
 * realistic as features arrive (families, agency facts, consent), add a step to {@link Workload}.
 *
 * @param weight how often this step happens relative to the other steps
 * @param command the next command, or empty if this step cannot happen yet (e.g. nobody is registered)
 * @param succeeded records in the state what a command of this step created, once the gateway accepted it
 * @param event the event the next command would record, for a bulk history; updates the state like a
 *     command would
 */
record WorkloadStep(
        int weight,
        BiFunction<WorkloadState, RandomGenerator, Optional<Object>> command,
        BiConsumer<Object, WorkloadState> succeeded,
        BiFunction<WorkloadState, RandomGenerator, Optional<DomainEventMessage<?>>> event) {

    /** A step whose commands create nothing later steps refer to. */
    WorkloadStep(
            int weight,
            BiFunction<WorkloadState, RandomGenerator, Optional<Object>> command,
            BiFunction<WorkloadState, RandomGenerator, Optional<DomainEventMessage<?>>> event) {
        this(weight, command, (done, state) -> {}, event);
    }
}
