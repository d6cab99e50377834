/**
 * REST adapter for the composed views: the case file of a person or family, a person's consents and
 * emergency overrides, breaking glass (which needs what the case file withholds), caseloads and inboxes.
 */
package uk.joinedup.caseservice.views.web;
