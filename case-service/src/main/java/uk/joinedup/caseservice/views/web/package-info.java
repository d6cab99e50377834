/**
 * REST adapter for the composed views: the case file of a person or family, a person's consents and
 * emergency overrides, breaking glass (which needs what the case file withholds), caseloads and inboxes,
 * a manager's spend from family budgets, and their cohort's cost before and after its cases opened.
 */
package uk.joinedup.caseservice.views.web;
