/**
 * The emergency overrides of each person's record (one document per person, keyed by person id, each
 * override an entry changed by a pure evolver) and the queue of overrides awaiting review (one document).
 * The review queue's query handler is here, since it needs only the viewer's roles and agency; the
 * overrides shown on a person's record are read through {@code views}, which knows how the viewer works
 * with the person.
 */
package uk.joinedup.caseservice.emergency.record;
