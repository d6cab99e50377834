package uk.joinedup.caseservice.consent.domain;

import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * What the policy needs to know about an entry.
 *
 * @param owningAgency the agency that recorded it
 * @param category the kind of information
 * @param aboutTheFamily true for family-level casework (referrals, team, plan), false for facts about
 *     a person
 */
public record SharedEntry(AgencyId owningAgency, InformationCategory category, boolean aboutTheFamily) {}
