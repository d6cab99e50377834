package uk.joinedup.caseservice.subjectaccess.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One time someone looked at the person's information, from the access log. Other people the same view
 * showed (a family's members) are left out.
 *
 * @param what what was looked at: their record, a family's, a search, a subject access response
 * @param shown the kinds of information shown, each with the bases it was shown on
 * @param withheld the kinds withheld from the viewer, each with the reasons
 */
public record AccessLogEntry(
        long sequence,
        Instant at,
        String userName,
        String agency,
        String what,
        Map<String, List<String>> shown,
        Map<String, List<String>> withheld) {}
