/**
 * A person's record as a read model: their current details, their families, and their chronology of
 * every agency's facts. One document per person, keyed by person id, built by a pure evolver that the
 * "as at" view reuses over the event stream. What a viewer may see is decided at query time.
 */
package uk.joinedup.caseservice.person.record;
