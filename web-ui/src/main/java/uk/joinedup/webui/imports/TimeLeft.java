package uk.joinedup.webui.imports;

import uk.joinedup.webui.govuk.Labels;

/** case-service's estimate of the time an import has left, in words: "About 2 minutes left". */
final class TimeLeft {

    private TimeLeft() {}

    /** The words for {@code seconds} left; null (say nothing) when there is no estimate. */
    static String of(Integer seconds, Labels labels) {
        if (seconds == null || seconds < 0) {
            return null;
        }
        if (seconds < 60) {
            return labels.get("imports.timeLeft.underAMinute");
        }
        if (seconds < 3600) {
            return labels.get("imports.timeLeft.minutes", Math.round(seconds / 60.0));
        }
        return labels.get("imports.timeLeft.hours", Math.round(seconds / 3600.0));
    }
}
