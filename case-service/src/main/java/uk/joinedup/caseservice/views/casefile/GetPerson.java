package uk.joinedup.caseservice.views.casefile;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.Actor;

/**
 * A person's page as the viewer may see it.
 *
 * @param asAt show the record as it stood on this date (what had happened by then); null for now
 */
public record GetPerson(String personId, Actor viewer, LocalDate asAt, ChronologyFilter filter) {}
