package uk.joinedup.identity.admin;

import java.io.Serializable;

/**
 * A sign-in link just issued, shown once to the administrator who asked for it.
 *
 * @param kind what it is for, in words
 * @param url the whole link, to give to the user
 * @param expiresAt until when it works, for display
 */
record LinkView(String kind, String url, String expiresAt) implements Serializable {}
