/**
 * The information-governance officers' REST adapter for erasures: the list by status, one erasure, and the
 * decisions on it (approve, hold, release the hold), each with the version the officer saw. Officers only
 * (SecurityConfiguration, and the aggregate checks the role again).
 */
package uk.joinedup.caseservice.retention.erasure.web;
