/**
 * The staff directory as a JSON API for the other services: who the practitioners are, which agency
 * they work for and what they do, so that web-ui can offer colleagues to allocate a family to, add to
 * a team or name as an action's owner, and case-service can resolve a practitioner named by username
 * (one practitioner, 404 for anyone who cannot sign in) instead of trusting a name or agency sent to it;
 * and the agencies with their kinds. Readable with any access token this service issued.
 */
package uk.joinedup.identity.directory.web;
