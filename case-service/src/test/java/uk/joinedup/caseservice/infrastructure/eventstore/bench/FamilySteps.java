package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.AddFamilyMember;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.RegisterFamily;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.person.api.PersonId;

/** Registering households and adding people to them. */
final class FamilySteps {

    static final String AGGREGATE_TYPE = "Family";

    private static final List<String> FAMILY_NAMES = List.of("Marsh", "Walker", "Osei", "Khan", "Doyle", "Nowak");

    private FamilySteps() {}

    static WorkloadStep registerFamily(int weight) {
        return new WorkloadStep(
                weight,
                (state, random) -> Optional.of(new RegisterFamily(
                        new FamilyId(Practitioners.id(random)), name(random), Practitioners.any(random))),
                (command, state) -> state.registeredFamily(
                        ((RegisterFamily) command).familyId().value()),
                (state, random) -> {
                    FamilyId familyId = new FamilyId(Practitioners.id(random));
                    state.registeredFamily(familyId.value());
                    Actor actor = Practitioners.any(random);
                    return Optional.of(Practitioners.domainEvent(
                            AGGREGATE_TYPE,
                            familyId.value(),
                            0,
                            new FamilyRegistered(familyId, name(random), actor.agency()),
                            actor));
                });
    }

    /** Adds a person to a household they are not yet in; the pair is reserved before the command is sent. */
    static WorkloadStep addFamilyMember(int weight) {
        return new WorkloadStep(
                weight,
                (state, random) -> state.newMembership(random)
                        .map(membership -> new AddFamilyMember(
                                new FamilyId(membership.family().id()),
                                null,
                                new PersonId(membership.personId()),
                                relationship(random),
                                Practitioners.TODAY,
                                Practitioners.TODAY,
                                // the benchmark measures the store, not who may change a household
                                Standing.CASE_MANAGER,
                                Practitioners.any(random))),
                (state, random) -> state.newMembership(random)
                        .map(membership -> Practitioners.domainEvent(
                                AGGREGATE_TYPE,
                                membership.family().id(),
                                membership.family().nextSequence().getAndIncrement(),
                                new FamilyMemberJoined(
                                        new FamilyId(membership.family().id()),
                                        new PersonId(membership.personId()),
                                        relationship(random),
                                        Practitioners.TODAY),
                                Practitioners.any(random))));
    }

    private static String name(RandomGenerator random) {
        return FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size())) + " household";
    }

    private static Relationship relationship(RandomGenerator random) {
        return Relationship.values()[random.nextInt(Relationship.values().length)];
    }
}
