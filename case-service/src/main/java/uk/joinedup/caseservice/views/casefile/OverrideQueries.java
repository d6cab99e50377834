package uk.joinedup.caseservice.views.casefile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.emergency.record.OverrideRecord;
import uk.joinedup.caseservice.emergency.record.OverrideRecords;
import uk.joinedup.caseservice.family.membership.Memberships;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.casefile.OverridesView.OverrideView;

/**
 * Emergency overrides as a person's record shows them, and what breaking glass would open. Overrides are
 * sharing records: the policy shows them to information-governance officers, to practitioners who work
 * with the person and to the agency whose practitioner broke glass. The record shows an override while it
 * is active; information-governance officers see every one.
 */
@Component
class OverrideQueries {

    private final PersonRecords people;
    private final FamilyRecords families;
    private final Memberships memberships;
    private final OverrideRecords overrides;
    private final CaseFileSharing sharing;

    OverrideQueries(
            PersonRecords people,
            FamilyRecords families,
            Memberships memberships,
            OverrideRecords overrides,
            CaseFileSharing sharing) {
        this.people = people;
        this.families = families;
        this.memberships = memberships;
        this.overrides = overrides;
        this.sharing = sharing;
    }

    @QueryHandler
    Optional<OverridesView> handle(FindOverridesOf query) {
        return people.find(query.personId()).map(person -> {
            Viewer viewer = sharing.viewer(query.viewer());
            Subject subject = subject(viewer, person);
            List<OverrideRecord> shown = overrides.of(person.personId()).stream()
                    .filter(override -> viewer.informationGovernance() || override.activeAt(viewer.now()))
                    .toList();
            Disclosed<OverrideRecord> disclosed = Disclosure.withoutAgreements()
                    .disclose(viewer, shown, override -> subject, OverrideQueries::shared);
            return new OverridesView(
                    person.personId(),
                    disclosed.visible().stream()
                            .map(override -> view(override, viewer))
                            .toList(),
                    disclosed.withheldCount());
        });
    }

    /** What of the person's record, as the person page shows it, the policy withholds from the viewer now. */
    @QueryHandler
    Optional<WithheldAgencies> handle(GetWithheldAgencies query) {
        return people.find(query.personId()).map(person -> {
            Viewer viewer = sharing.viewer(query.viewer());
            Subject subject = subject(viewer, person);
            Disclosed<ChronologyEntry> disclosed = sharing.disclosure()
                    .disclose(viewer, person.entries().values(), entry -> subject, CaseFileQueries::shared);
            Set<AgencyId> agencies = disclosed.withheld().stream()
                    .map(Disclosure.Withheld::agency)
                    .collect(Collectors.toSet());
            return new WithheldAgencies(agencies);
        });
    }

    private Subject subject(Viewer viewer, PersonRecord person) {
        List<FamilyRecord> theirFamilies = families.findAll(memberships.currentFamiliesOf(person.personId()));
        return sharing.person(viewer, person, theirFamilies);
    }

    private static OverrideView view(OverrideRecord override, Viewer viewer) {
        return new OverrideView(
                override.overrideId(),
                override.userId(),
                override.userName(),
                override.agency(),
                override.agencyName(),
                override.reason(),
                override.explanation(),
                override.from(),
                override.until(),
                override.activeAt(viewer.now()),
                override.openedAgencies(),
                override.review());
    }

    /** An override is a sharing record of the agency whose practitioner broke glass. */
    private static SharedEntry shared(OverrideRecord override) {
        return SharedEntry.sharingRecord(override.agency(), override.agencyKind(), null);
    }
}
