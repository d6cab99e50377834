/**
 * Emergency access ("breaking glass"): a practitioner opens what of a person's record is withheld from
 * them, for a limited time, giving a reason; information-governance officers and the team managers of
 * the agencies whose records it opened review it. case-service decides what opens and for how long.
 */
package uk.joinedup.webui.emergency;
