package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One kind of thing users do, as a command for the command gateway and as the event its aggregate
 * would record, for bulk histories appended straight to the engine. To make the workload more
 * realistic as features arrive (families, agency facts, consent), add a step to {@link Workload}.
 */
interface WorkloadStep {

    /** How often this step happens relative to the other steps. */
    int weight();

    /** The next command, or empty if this step cannot happen yet (e.g. nobody is registered). */
    Optional<Object> command(WorkloadState state, RandomGenerator random);

    /** Records in the state what a command of this step created, once the gateway accepted it. */
    default void succeeded(Object command, WorkloadState state) {}

    /** The event the next command would record, for a bulk history; updates the state like a command would. */
    Optional<DomainEventMessage<?>> event(WorkloadState state, RandomGenerator random);
}
