package uk.joinedup.caseservice.outcomes.schemes;

/** How a year that spans two calendar years is written, as the schemes name academic and financial years. */
final class Years {

    private Years() {}

    /** E.g. "2012/13" for 2012; joined, not formatted, as every evaluation names some. */
    static String spanning(int startYear) {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "/0" : "/") + next;
    }
}
