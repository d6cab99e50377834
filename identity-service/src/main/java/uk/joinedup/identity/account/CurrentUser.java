package uk.joinedup.identity.account;

/**
 * The signed-in user as the page header shows them.
 *
 * @param username their sign-in name
 * @param displayName their name
 * @param administrator whether they may open the administration pages
 */
public record CurrentUser(String username, String displayName, boolean administrator) {}
