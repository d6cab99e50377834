package uk.joinedup.webui.directory;

/**
 * An agency, as the staff directory names it.
 *
 * @param id as tokens and chronology entries name it, e.g. {@code southampton-probation}
 * @param kind the kind of service, e.g. {@code PROBATION}
 */
public record Agency(String id, String name, String kind) {}
