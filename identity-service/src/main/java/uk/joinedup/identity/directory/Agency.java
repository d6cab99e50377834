package uk.joinedup.identity.directory;

import java.io.Serializable;

/**
 * An agency working with families, e.g. a probation service or a council's housing team.
 *
 * @param id stable id used in tokens, e.g. {@code southampton-probation}
 * @param name the name users see
 * @param kind the kind of service, one of case-service's agency kinds, e.g. {@code PROBATION}
 */
public record Agency(String id, String name, String kind) implements Serializable {}
