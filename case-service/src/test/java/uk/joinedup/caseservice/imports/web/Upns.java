package uk.joinedup.caseservice.imports.web;

/** Valid unique pupil numbers for tests: Southampton's code (852), a school, a year, and a serial number. */
public final class Upns {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upns() {}

    public static String of(int serial) {
        String digits = "852" + "4000" + "25" + String.format("%03d", serial);
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            sum += (digits.charAt(position - 2) - '0') * position;
        }
        return LETTERS.charAt(sum % 23) + digits;
    }
}
