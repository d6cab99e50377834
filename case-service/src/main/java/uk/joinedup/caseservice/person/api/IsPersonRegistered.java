package uk.joinedup.caseservice.person.api;

/**
 * Whether a person with this id is registered: the one question another feature asks about a person
 * (the family feature, before adding them to a household). Answered with a {@code Boolean} from the
 * person index; not persisted.
 */
public record IsPersonRegistered(PersonId personId) {}
