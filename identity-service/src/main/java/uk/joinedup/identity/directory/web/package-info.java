/**
 * The staff directory as a JSON API for the other services: who the practitioners are, which agency
 * they work for and what they do, so that web-ui can offer colleagues to allocate a family to, add to
 * a team or name as an action's owner. Readable with any access token this service issued.
 */
package uk.joinedup.identity.directory.web;
