/**
 * The staff directory, read from identity-service with the signed-in user's access token: the
 * practitioners pages offer when allocating a family, adding a colleague to a team or naming who owns
 * an action, and the agencies consents and sharing agreements name.
 */
package uk.joinedup.webui.directory;
