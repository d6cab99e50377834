package uk.joinedup.caseservice.sharing;

/**
 * Decides whether a viewer may see an entry, and on what basis. The rules, in order:
 *
 * <ol>
 *   <li>every practitioner may see that a person or family exists (name, date of birth, case status),
 *       so that people are found and matched before anything else is shared;
 *   <li>an agency always sees what it recorded;
 *   <li>an agency in the team around a family sees what any agency recorded about that family and
 *       its members;
 *   <li>a team manager sees family-level casework (referrals, team, lead professional, plan) so that
 *       cases can be allocated and overseen, but no agency's record of a person;
 *   <li>anything else is withheld.
 * </ol>
 *
 * Consent, information sharing agreements and emergency overrides narrow and widen rule 3 in a later
 * version of this policy.
 */
public final class SharingPolicy {

    public SharingBasis decide(Viewer viewer, SharedEntry entry) {
        if (entry.kind() == EntryKind.EXISTENCE) {
            return SharingBasis.MATCHING;
        }
        if (entry.owningAgency().equals(viewer.agency())) {
            return SharingBasis.OWN_AGENCY;
        }
        if (viewer.onTheTeam()) {
            return SharingBasis.TEAM_AROUND_THE_FAMILY;
        }
        if (viewer.manager() && entry.kind() == EntryKind.CASEWORK) {
            return SharingBasis.CASE_MANAGEMENT;
        }
        return SharingBasis.WITHHELD;
    }
}
