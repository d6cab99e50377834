package uk.joinedup.caseservice.views.casefile;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.Actor;

/**
 * A family's page as the viewer may see it.
 *
 * @param asAt show the family as it stood on this date (what had happened by then); null for now
 * @param page which page of the filtered chronology to carry, from 1
 * @param pageSize entries a page, 0 to {@link ChronologyPage#MAX_SIZE} (0: counts only)
 */
public record GetFamily(
        String familyId, Actor viewer, LocalDate asAt, ChronologyFilter filter, int page, int pageSize) {}
