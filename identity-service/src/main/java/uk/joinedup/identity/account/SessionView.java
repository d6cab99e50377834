package uk.joinedup.identity.account;

/**
 * One sign-in session as its user sees it.
 *
 * @param sid its id, for ending it
 * @param browser the browser and system, described in words, e.g. "Firefox on Windows"
 * @param address the network address it signed in from
 * @param signedInAt when, for display
 * @param lastActive when it last did something, for display
 * @param current whether it is the session showing this page
 */
record SessionView(String sid, String browser, String address, String signedInAt, String lastActive, boolean current) {}
