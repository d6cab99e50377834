/**
 * Pages about a family and its case: registering it, its page (household, referrals, team around the
 * family, lead professional, assessment, support plan, reviews, chronology; now or as at a date), and a
 * page for each change. Changes that must not overwrite someone else's (appointing or handing over the
 * lead professional, agreeing a plan, closing) send the version the page was made from; if the family
 * changed since, the form comes back with what the user typed and the latest details.
 */
package uk.joinedup.webui.family;
