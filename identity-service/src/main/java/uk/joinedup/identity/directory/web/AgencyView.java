package uk.joinedup.identity.directory.web;

/**
 * An agency as the other services see it.
 *
 * @param id stable id used in tokens, e.g. {@code southampton-probation}
 * @param name the name users see
 * @param kind the kind of service, e.g. {@code PROBATION}
 */
record AgencyView(String id, String name, String kind) {}
