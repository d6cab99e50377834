/**
 * Pages about a family and its case: registering it, its page in parts with a sub-navigation (a summary
 * with what needs attention and any transfer awaiting a decision, then household, referrals, team around
 * the family, lead professional and transfers to another agency, assessment, support plan and reviews, case
 * conferences and panels, the family budget, the family's cost to the public purse beside its support,
 * chronology a page at a time; now or as at a date), and a page for each change, which goes back to the part
 * where the change shows. Changes that must not overwrite someone else's (appointing or handing over the lead
 * professional, agreeing a plan, proposing or accepting a transfer, closing) send the version the page was
 * made from; if the family changed since, the form comes back with what the user typed and the latest
 * details. The budget's changes, conferences and declining a transfer send none: case-service decides each on
 * the family as it then is.
 */
package uk.joinedup.webui.family;
