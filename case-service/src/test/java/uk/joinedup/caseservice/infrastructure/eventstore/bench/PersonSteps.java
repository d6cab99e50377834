package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.person.api.SexOrGender;

/** Registering people and recording agency facts (case notes among them) about them. */
final class PersonSteps {

    static final String AGGREGATE_TYPE = "Person";

    private static final List<String> GIVEN_NAMES = List.of("Tony", "Stephen", "Kayleigh", "Amir", "Grace", "Dylan");
    private static final List<String> FAMILY_NAMES = List.of("Marsh", "Walker", "Osei", "Khan", "Doyle", "Nowak");
    private static final List<String> STREETS = List.of("Northam Road", "Shirley High Street", "Portswood Road");

    private PersonSteps() {}

    static WorkloadStep registerPerson(int weight) {
        return new WorkloadStep(
                weight,
                (state, random) -> Optional.of(new RegisterPerson(
                        new PersonId(Practitioners.id(random)),
                        details(random),
                        Practitioners.TODAY,
                        Practitioners.any(random))),
                (command, state) -> state.registeredPerson(
                        ((RegisterPerson) command).personId().value()),
                (state, random) -> {
                    PersonId personId = new PersonId(Practitioners.id(random));
                    state.registeredPerson(personId.value());
                    Actor actor = Practitioners.any(random);
                    return Optional.of(Practitioners.domainEvent(
                            AGGREGATE_TYPE,
                            personId.value(),
                            0,
                            new PersonRegistered(personId, details(random), actor.agency()),
                            actor));
                });
    }

    static WorkloadStep recordAgencyFact(int weight) {
        return new WorkloadStep(
                weight,
                (state, random) -> Optional.ofNullable(state.somePerson(random)).map(person -> {
                    Actor actor = Practitioners.any(random);
                    return new RecordAgencyFact(
                            new PersonId(person.id()),
                            new FactId(Practitioners.id(random)),
                            AgencyFacts.recordableBy(actor, random),
                            occurredOn(random),
                            Practitioners.TODAY,
                            actor);
                }),
                (state, random) -> Optional.ofNullable(state.somePerson(random)).map(person -> {
                    Actor actor = Practitioners.any(random);
                    return Practitioners.domainEvent(
                            AGGREGATE_TYPE,
                            person.id(),
                            person.nextSequence().getAndIncrement(),
                            recorded(person.id(), AgencyFacts.recordableBy(actor, random), actor, random),
                            actor);
                }));
    }

    /** The event {@link RecordAgencyFact} stores for this fact. */
    static AgencyFactRecorded recorded(String personId, AgencyFact fact, Actor actor, RandomGenerator random) {
        return new AgencyFactRecorded(
                new PersonId(personId),
                new FactId(Practitioners.id(random)),
                fact,
                occurredOn(random),
                actor.agency(),
                FactCatalogue.category(fact, actor.agencyKind()));
    }

    static PersonDetails details(RandomGenerator random) {
        return new PersonDetails(
                new PersonName(
                        GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())),
                        FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()))),
                LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20_000)),
                SexOrGender.values()[random.nextInt(SexOrGender.values().length)],
                new Address(
                        (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size())),
                        null,
                        "Southampton",
                        "SO14 0PB",
                        null),
                PersonIdentifiers.none());
    }

    private static LocalDate occurredOn(RandomGenerator random) {
        return Practitioners.TODAY.minusDays(random.nextInt(30));
    }
}
