package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.person.api.CaseNoteRecorded;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordCaseNote;
import uk.joinedup.caseservice.person.api.RegisterPerson;

/** The person commands that exist today: registering people and recording case notes about them. */
final class PersonSteps {

    static final String AGGREGATE_TYPE = "Person";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final List<Actor> PRACTITIONERS = List.of(
            practitioner("pat.probation", "Pat Probation", "southampton-probation", AgencyKind.PROBATION),
            practitioner("hana.housing", "Hana Housing", "southampton-housing", AgencyKind.HOUSING),
            practitioner("jo.jobcentre", "Jo Jobcentre", "southampton-jcp", AgencyKind.JOBCENTRE_PLUS),
            practitioner("sam.school", "Sam School", "bitterne-park-school", AgencyKind.EDUCATION),
            practitioner("erin.earlyhelp", "Erin Early-Help", "southampton-early-help", AgencyKind.EARLY_HELP));
    private static final List<String> GIVEN_NAMES = List.of("Tony", "Stephen", "Kayleigh", "Amir", "Grace", "Dylan");
    private static final List<String> FAMILY_NAMES = List.of("Marsh", "Walker", "Osei", "Khan", "Doyle", "Nowak");
    private static final List<String> NOTE_PHRASES = List.of(
            "Home visit; engaged well and agreed the next steps.",
            "Missed appointment, letter sent with a new date.",
            "Attended the job club and applied for two warehouse roles.",
            "School reports attendance up to 91% this half term.",
            "Rent arrears plan agreed with the housing officer.",
            "Discussed the support plan goals with the family.");

    private PersonSteps() {}

    static WorkloadStep registerPerson(int weight) {
        return new WorkloadStep() {
            @Override
            public int weight() {
                return weight;
            }

            @Override
            public Optional<Object> command(WorkloadState state, RandomGenerator random) {
                PersonId personId = new PersonId(id(random));
                return Optional.of(new RegisterPerson(personId, name(random), born(random), TODAY, actor(random)));
            }

            @Override
            public void succeeded(Object command, WorkloadState state) {
                state.registered(((RegisterPerson) command).personId().value());
            }

            @Override
            public Optional<DomainEventMessage<?>> event(WorkloadState state, RandomGenerator random) {
                PersonId personId = new PersonId(id(random));
                state.registered(personId.value());
                Actor actor = actor(random);
                return Optional.of(domainEvent(
                        personId.value(),
                        0,
                        new PersonRegistered(personId, name(random), born(random), actor.agency()),
                        actor));
            }
        };
    }

    static WorkloadStep recordCaseNote(int weight) {
        return new WorkloadStep() {
            @Override
            public int weight() {
                return weight;
            }

            @Override
            public Optional<Object> command(WorkloadState state, RandomGenerator random) {
                WorkloadState.Subject person = state.somePerson(random);
                if (person == null) {
                    return Optional.empty();
                }
                return Optional.of(new RecordCaseNote(
                        new PersonId(person.id()),
                        id(random),
                        occurredOn(random),
                        noteText(random),
                        TODAY,
                        actor(random)));
            }

            @Override
            public Optional<DomainEventMessage<?>> event(WorkloadState state, RandomGenerator random) {
                WorkloadState.Subject person = state.somePerson(random);
                if (person == null) {
                    return Optional.empty();
                }
                Actor actor = actor(random);
                CaseNoteRecorded note = new CaseNoteRecorded(
                        new PersonId(person.id()), id(random), occurredOn(random), noteText(random), actor.agency());
                return Optional.of(
                        domainEvent(person.id(), person.nextSequence().getAndIncrement(), note, actor));
            }
        };
    }

    /** An event as the command bus would have stored it: with the actor and a correlation id in its metadata. */
    static DomainEventMessage<?> domainEvent(String aggregateId, long sequence, Object payload, Actor actor) {
        String commandId = id(ThreadLocalRandom.current());
        return new GenericDomainEventMessage<>(
                AGGREGATE_TYPE,
                aggregateId,
                sequence,
                payload,
                MetaData.from(Map.of(
                        "userId", actor.userId(),
                        "userName", actor.name(),
                        "agency", actor.agency().value(),
                        "traceId", commandId,
                        "correlationId", commandId)));
    }

    /** A random id, without the lock {@link UUID#randomUUID()} takes: the load generator must not be the bottleneck. */
    static String id(RandomGenerator random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    static Actor actor(RandomGenerator random) {
        return PRACTITIONERS.get(random.nextInt(PRACTITIONERS.size()));
    }

    static String noteText(RandomGenerator random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(6);
        for (int sentence = 0; sentence < sentences; sentence++) {
            text.append(NOTE_PHRASES.get(random.nextInt(NOTE_PHRASES.size()))).append(' ');
        }
        return text.toString().strip();
    }

    private static PersonName name(RandomGenerator random) {
        return new PersonName(
                GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())),
                FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size())));
    }

    private static LocalDate born(RandomGenerator random) {
        return LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20_000));
    }

    private static LocalDate occurredOn(RandomGenerator random) {
        return TODAY.minusDays(random.nextInt(30));
    }

    private static Actor practitioner(String userId, String name, String agency, AgencyKind kind) {
        return new Actor(userId, name, new AgencyId(agency), kind, Set.of(Role.KEYWORKER));
    }
}
