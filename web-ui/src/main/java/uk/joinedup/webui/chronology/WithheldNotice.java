package uk.joinedup.webui.chronology;

import java.util.List;

/**
 * What a page says about the entries it does not show: one plain-English line per agency and reason
 * ("3 entries from Hampshire and Isle of Wight Probation are not shown: no consent for offending
 * information"), never the entries.
 *
 * @param count how many entries are not shown
 * @param total the lead-in with the total, when there is more than one line; null otherwise
 * @param lines one sentence per group
 * @param openable whether emergency access could open some of them (withheld for a reason other than
 *     the user's role)
 */
public record WithheldNotice(int count, String total, List<String> lines, boolean openable) {

    public static final WithheldNotice NONE = new WithheldNotice(0, null, List.of(), false);

    public boolean any() {
        return count > 0;
    }
}
