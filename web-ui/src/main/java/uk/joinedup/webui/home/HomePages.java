package uk.joinedup.webui.home;

import uk.joinedup.webui.govuk.PageNumber;

/**
 * Which page of each list the home page shows: the user's families ({@code page}), and for a team manager
 * the referrals awaiting a decision ({@code referrals}) and the cases without a lead professional ({@code
 * unled}). Each list's pagination keeps the others where they are.
 */
record HomePages(int page, int referrals, int unled) {

    static HomePages of(String page, String referrals, String unled) {
        return new HomePages(PageNumber.of(page), PageNumber.of(referrals), PageNumber.of(unled));
    }

    String families(int number) {
        return new HomePages(number, referrals, unled).href();
    }

    String referrals(int number) {
        return new HomePages(page, number, unled).href() + "#referrals";
    }

    String unled(int number) {
        return new HomePages(page, referrals, number).href() + "#without-lead";
    }

    /** The home page's address, naming only the pages that are not the first. */
    String href() {
        StringBuilder query = new StringBuilder();
        append(query, "page", page);
        append(query, "referrals", referrals);
        append(query, "unled", unled);
        return "/" + query;
    }

    private static void append(StringBuilder query, String name, int number) {
        if (number > 1) {
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(number);
        }
    }
}
