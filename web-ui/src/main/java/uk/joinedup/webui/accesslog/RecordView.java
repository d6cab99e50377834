package uk.joinedup.webui.accesslog;

import java.util.List;

/**
 * A record of the access log in words, as the results table shows it.
 *
 * @param at "14:05 on 3 December 2026"
 * @param agencyName the agency of who looked, by name
 * @param what what they did, e.g. "Viewed a person's record"
 * @param href the record they looked at, or null for a search
 * @param search what they searched for, or null
 * @param shown one line per category shown, with its bases: "Case notes: consent"
 * @param withheld one line per category withheld, with the reasons
 */
public record RecordView(
        long sequence,
        String at,
        String userName,
        String agencyName,
        String what,
        String href,
        String search,
        List<String> shown,
        List<String> withheld) {}
