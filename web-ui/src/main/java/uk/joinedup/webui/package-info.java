/**
 * web-ui: the pages keyworkers, managers and IG officers use. Each feature package holds its
 * controllers and forms; {@code caseservice} is the only way to case-service's data.
 */
package uk.joinedup.webui;
