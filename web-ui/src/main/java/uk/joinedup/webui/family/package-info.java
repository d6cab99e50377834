/**
 * Pages about a family and its case: registering it, its page in parts with a sub-navigation (a summary
 * with what needs attention, then household, referrals, team around the family and lead professional,
 * assessment, support plan and reviews, the family budget, chronology a page at a time; now or as at a
 * date), and a page for each change, which goes back to the part where the change shows. Changes that must
 * not overwrite someone else's (appointing or handing over the lead professional, agreeing a plan,
 * closing) send the version the page was made from; if the family changed since, the form comes back with
 * what the user typed and the latest details. The budget's changes send none: case-service decides each on
 * the budget as it then is.
 */
package uk.joinedup.webui.family;
