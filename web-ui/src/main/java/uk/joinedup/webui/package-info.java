/**
 * web-ui: the pages keyworkers, managers and IG officers use. Each feature package ({@code home},
 * {@code person}, {@code events}, {@code family}, {@code consent}, {@code emergency}, {@code
 * agreement}, {@code accesslog}) holds its controllers and forms; {@code chronology} and {@code govuk}
 * are what their pages share. {@code caseservice} is the only way to case-service's data and {@code
 * directory} to identity-service's staff directory, both as the signed-in user.
 */
package uk.joinedup.webui;
