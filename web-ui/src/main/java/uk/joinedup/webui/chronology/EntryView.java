package uk.joinedup.webui.chronology;

import java.time.LocalDate;
import java.util.List;

/**
 * A chronology entry in words.
 *
 * @param kind what happened, e.g. "Offence proven"
 * @param personId the person it is about, or null for the family as a whole
 * @param personName their name, when the page is not theirs
 * @param rows what it says, field by field
 * @param amendments its corrections and retraction, oldest first
 * @param correctable whether the user may correct or retract it (their agency recorded this agency fact)
 */
public record EntryView(
        String entryId,
        String kind,
        LocalDate occurredOn,
        String personId,
        String personName,
        String recordedBy,
        String agencyName,
        String category,
        List<Row> rows,
        List<AmendmentView> amendments,
        boolean retracted,
        boolean correctable) {

    /**
     * One thing an entry says.
     *
     * @param multiline keep the line breaks the practitioner typed
     */
    public record Row(String label, String value, boolean multiline) {}

    /**
     * A correction (with what the entry said before) or a retraction.
     *
     * @param recordedOn the date it was made
     * @param previousOccurredOn the date before a correction, if it changed
     * @param previousRows what the fact said before a correction
     */
    public record AmendmentView(
            boolean correction,
            String reason,
            String by,
            LocalDate recordedOn,
            LocalDate previousOccurredOn,
            List<Row> previousRows) {}
}
