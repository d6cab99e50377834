package uk.joinedup.caseservice.consent.domain;

/**
 * Decides whether a viewer may see an entry, and on what basis. The rules, in order:
 *
 * <ol>
 *   <li>an agency always sees what it recorded;
 *   <li>an agency in the team around a family sees what any agency recorded about that family and
 *       its members;
 *   <li>a team manager sees family-level casework (referrals, team, lead professional, plan) so that
 *       cases can be allocated and overseen, but no agency's facts about a person;
 *   <li>anything else is withheld.
 * </ol>
 *
 * Consent, information sharing agreements and emergency overrides narrow and widen rule 2 in a later
 * version of this policy.
 */
public final class SharingPolicy {

    public SharingBasis decide(Viewer viewer, SharedEntry entry) {
        if (entry.owningAgency().equals(viewer.agency())) {
            return SharingBasis.OWN_AGENCY;
        }
        if (viewer.onTheTeam()) {
            return SharingBasis.TEAM_AROUND_THE_FAMILY;
        }
        if (viewer.manager() && entry.aboutTheFamily()) {
            return SharingBasis.CASE_MANAGEMENT;
        }
        return SharingBasis.WITHHELD;
    }
}
