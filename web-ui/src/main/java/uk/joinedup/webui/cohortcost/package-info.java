/**
 * A team manager's page of what the families of their cases cost the public purse in the year before each case
 * opened and the year after, by the agency that bore it, beside the support given in the year after (issue 14, seed
 * 004's Total Place): estimates, with the unit costs they rest on, and the same family by family as CSV passed
 * through from case-service. The cost of one family is a part of its page.
 */
package uk.joinedup.webui.cohortcost;
