package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record of the access log: a view of a person's or family's record, or a search.
 *
 * @param sequence its place in the log: 1, 2, 3…
 * @param agency the agency id of who looked
 * @param what what was looked at: {@code PERSON}, {@code FAMILY}, {@code PERSON_AS_AT}, {@code
 *     FAMILY_AS_AT}, {@code PERSON_SEARCH} or {@code FAMILY_SEARCH} (a string, so that records stay
 *     readable when a kind is renamed)
 * @param subjectId the person or family id; null for a search
 * @param personIds the people whose information the view showed
 * @param shown each category shown, with the bases it was shown on
 * @param withheld each category withheld, with the reasons
 * @param references the consents, agreement versions and overrides the bases rested on
 * @param search what was searched for; null for a view
 */
public record LoggedAccess(
        long sequence,
        Instant at,
        String userId,
        String userName,
        String agency,
        String what,
        String subjectId,
        List<String> personIds,
        Map<String, List<String>> shown,
        Map<String, List<String>> withheld,
        List<String> references,
        String search) {

    public LoggedAccess {
        personIds = personIds == null ? List.of() : personIds;
        shown = shown == null ? Map.of() : shown;
        withheld = withheld == null ? Map.of() : withheld;
        references = references == null ? List.of() : references;
    }
}
