package uk.joinedup.caseservice.views.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WithheldReason;

/** A view of one family's evaluation and evidence, as the access log keeps it: a view of the family. */
final class ClaimsAccess {

    private ClaimsAccess() {}

    static AccessRecord of(Viewer viewer, String viewerName, EvaluatedFamily evaluated) {
        Map<InformationCategory, Set<Basis>> shown = new EnumMap<>(InformationCategory.class);
        Map<InformationCategory, Set<WithheldReason>> withheld = new EnumMap<>(InformationCategory.class);
        List<String> references = new ArrayList<>();
        for (PersonInScope member : evaluated.members()) {
            PersonInScope.Decided decided = member.disclosed();
            decided.shownOn()
                    .forEach((category, bases) -> shown.computeIfAbsent(category, any -> EnumSet.noneOf(Basis.class))
                            .addAll(bases));
            decided.withheld().forEach((category, reasons) -> withheld.computeIfAbsent(
                            category, any -> EnumSet.noneOf(WithheldReason.class))
                    .addAll(reasons));
            decided.references().stream()
                    .filter(reference -> !references.contains(reference))
                    .forEach(references::add);
        }
        return new AccessRecord(
                viewer.now(),
                viewer.userId(),
                viewerName,
                viewer.agency(),
                Viewed.FAMILY,
                evaluated.family().familyId(),
                evaluated.members().stream().map(PersonInScope::personId).collect(Collectors.toSet()),
                shown,
                withheld,
                references,
                null);
    }
}
