package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;

/** The keyworkers the workload acts as, one per agency, and what every step needs to build its messages. */
final class Practitioners {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final Actor PROBATION =
            practitioner("pat.probation", "Pat Probation", "southampton-probation", "Probation", AgencyKind.PROBATION);
    static final Actor HOUSING =
            practitioner("hana.housing", "Hana Housing", "southampton-housing", "Housing", AgencyKind.HOUSING);
    static final Actor JOBCENTRE = practitioner(
            "jo.jobcentre", "Jo Jobcentre", "southampton-jcp", "Jobcentre Plus", AgencyKind.JOBCENTRE_PLUS);
    static final Actor SCHOOL = practitioner(
            "sam.school", "Sam School", "bitterne-park-school", "Bitterne Park School", AgencyKind.EDUCATION);
    static final Actor EARLY_HELP = practitioner(
            "erin.earlyhelp", "Erin Early-Help", "southampton-early-help", "Early Help", AgencyKind.EARLY_HELP);

    private static final List<Actor> ALL = List.of(PROBATION, HOUSING, JOBCENTRE, SCHOOL, EARLY_HELP);

    private Practitioners() {}

    static Actor any(RandomGenerator random) {
        return ALL.get(random.nextInt(ALL.size()));
    }

    /** A random id, without the lock {@link UUID#randomUUID()} takes: the load generator must not be the bottleneck. */
    static String id(RandomGenerator random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** An event as the command bus would have stored it: with the actor and a correlation id in its metadata. */
    static DomainEventMessage<?> domainEvent(
            String aggregateType, String aggregateId, long sequence, Object payload, Actor actor) {
        String commandId = id(ThreadLocalRandom.current());
        return new GenericDomainEventMessage<>(
                aggregateType,
                aggregateId,
                sequence,
                payload,
                MetaData.from(Map.of(
                        ActingCommand.USER_ID,
                        actor.userId(),
                        ActingCommand.USER_NAME,
                        actor.name(),
                        ActingCommand.AGENCY,
                        actor.agency().value(),
                        ActingCommand.AGENCY_NAME,
                        actor.agencyName(),
                        "traceId",
                        commandId,
                        "correlationId",
                        commandId)));
    }

    private static Actor practitioner(String userId, String name, String agency, String agencyName, AgencyKind kind) {
        return new Actor(userId, name, new AgencyId(agency), agencyName, kind, Set.of(Role.KEYWORKER));
    }
}
