package uk.joinedup.caseservice.sharing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * Decides whether a viewer may see an entry, and on what basis, under the sharing agreements in force
 * and the deployment's protocol. Pure: everything it needs is passed in, and it is applied at query time
 * on every read path, so a withdrawal or an expiry applies to the very next request. The rules, in order:
 *
 * <ol>
 *   <li>every practitioner may see that a person or family exists (name, date of birth, which agencies
 *       are involved and whom to contact), so that people are found and matched;
 *   <li>published information, which is about no one (the sharing agreements), is shown to every
 *       signed-in user;
 *   <li>the records of how a person's information is shared (consents, emergency overrides, the access
 *       log) are shown to information-governance officers;
 *   <li>otherwise an information-governance officer or administrator who is not also a practitioner sees
 *       no case content;
 *   <li>an agency always sees what it recorded;
 *   <li>family-level casework, and the records of how a person's information is shared, are shown to the
 *       lead professional and the team around the family, and to team managers of the agencies involved
 *       in the case; to nobody else;
 *   <li>another agency's record of a person is shown
 *       <ul>
 *         <li>to a practitioner whose emergency override of that person is active, unless they look to
 *             measure outcomes or to identify families early (an override is for the person's care);
 *             otherwise
 *         <li>only to the lead professional or a team member, or, to measure outcomes, a team manager of
 *             an agency involved in the case (ADR 21), for what happened since the person joined the
 *             household (a relationship is who works the case, not a lawful basis), or, to identify
 *             families early, to a team manager of an early-help agency whatever their relationship (no one
 *             works with a family not yet found; ADR 29), and then only
 *         <li>under the person's consent covering the viewer's agency, the category and the purpose
 *             today (a parent's consent only while the person is a child); or
 *         <li>under a sharing agreement between the two agencies covering the category and purpose
 *             today; for health and substance misuse, only if it cites an article 9 condition and the
 *             protocol allows agreements to open special-category data.
 *       </ul>
 * </ol>
 */
public final class SharingPolicy {

    private final List<AgreementTerms> agreements;
    private final SharingProtocol protocol;

    public SharingPolicy(List<AgreementTerms> agreements, SharingProtocol protocol) {
        this.agreements = List.copyOf(agreements);
        this.protocol = Objects.requireNonNull(protocol, "protocol");
    }

    public Decision decide(Viewer viewer, Subject subject, SharedEntry entry) {
        if (entry.kind() == EntryKind.EXISTENCE) {
            return Decision.shown(Basis.MATCHING);
        }
        if (entry.kind() == EntryKind.PUBLISHED) {
            return Decision.shown(Basis.PUBLISHED);
        }
        if (entry.kind() == EntryKind.SHARING_RECORD && viewer.informationGovernance()) {
            return Decision.shown(Basis.INFORMATION_GOVERNANCE);
        }
        if (!viewer.practitioner()) {
            return Decision.withheld(WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT);
        }
        if (entry.owningAgency().equals(viewer.agency())) {
            return Decision.shown(Basis.OWN_AGENCY);
        }
        if (entry.kind() == EntryKind.CASEWORK || entry.kind() == EntryKind.SHARING_RECORD) {
            return casework(subject.relationship().kind());
        }
        return anotherAgencysRecord(viewer, subject, entry);
    }

    private static Decision casework(WorkingRelationshipKind relationship) {
        if (relationship.worksTheCase()) {
            return Decision.shown(Basis.TEAM_AROUND_THE_FAMILY);
        }
        if (relationship == WorkingRelationshipKind.CASE_MANAGER) {
            return Decision.shown(Basis.CASE_MANAGEMENT);
        }
        return Decision.withheld(WithheldReason.NO_RELATIONSHIP);
    }

    private Decision anotherAgencysRecord(Viewer viewer, Subject subject, SharedEntry entry) {
        boolean measuringOutcomes = viewer.purpose() == Purpose.OUTCOMES;
        boolean identifying = viewer.purpose() == Purpose.EARLY_IDENTIFICATION;
        Optional<EmergencyAccess> override = subject.overrides().stream()
                .filter(access -> !measuringOutcomes && !identifying && access.opensFor(viewer.userId(), viewer.now()))
                .findFirst();
        if (override.isPresent()) {
            return Decision.shown(Basis.EMERGENCY_OVERRIDE, override.get().overrideId());
        }
        WorkingRelationship relationship = subject.relationship();
        if (identifying) {
            if (!viewer.earlyHelpManager()) {
                return Decision.withheld(WithheldReason.NO_RELATIONSHIP);
            }
        } else {
            boolean oversees = measuringOutcomes && relationship.kind() == WorkingRelationshipKind.CASE_MANAGER;
            if (!relationship.kind().worksTheCase() && !oversees) {
                return Decision.withheld(WithheldReason.NO_RELATIONSHIP);
            }
            if (!relationship.covers(entry.businessDate())) {
                return Decision.withheld(WithheldReason.BEFORE_THEY_JOINED);
            }
        }
        InformationCategory category = entry.category();
        boolean child = subject.childOn(viewer.today());
        Optional<ConsentTerms> consent = subject.consents().stream()
                .filter(terms -> terms.covers(viewer.agency(), category, viewer.purpose(), viewer.today(), child))
                .findFirst();
        if (consent.isPresent()) {
            return Decision.shown(Basis.CONSENT, consent.get().consentId());
        }
        Optional<AgreementTerms> agreement = agreements.stream()
                .filter(terms -> allows(terms, viewer, entry))
                .findFirst();
        if (agreement.isPresent()) {
            return Decision.shown(
                    Basis.SHARING_AGREEMENT,
                    agreement.get().agreementId() + " v" + agreement.get().version());
        }
        return Decision.withheld(
                category.isSpecialCategory() ? WithheldReason.NO_EXPLICIT_CONSENT : WithheldReason.NO_CONSENT);
    }

    private boolean allows(AgreementTerms terms, Viewer viewer, SharedEntry entry) {
        boolean specialCategoryOpens = !entry.category().isSpecialCategory()
                || (protocol.agreementsMayOpenSpecialCategory() && terms.citesASpecialCategoryCondition());
        return terms.inForceOn(viewer.today())
                && terms.categories().contains(entry.category())
                && terms.purposes().contains(viewer.purpose())
                && terms.between(entry.owningAgency(), entry.owningAgencyKind(), viewer.agency(), viewer.agencyKind())
                && specialCategoryOpens;
    }
}
