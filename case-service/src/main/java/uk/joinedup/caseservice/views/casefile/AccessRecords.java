package uk.joinedup.caseservice.views.casefile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WithheldReason;

/** The access-log record of one view: the categories shown on which bases, and those withheld. */
final class AccessRecords {

    private AccessRecords() {}

    static AccessRecord of(
            Viewer viewer,
            String viewerName,
            Viewed what,
            String subjectId,
            Set<String> personIds,
            List<? extends Disclosed<?>> disclosed) {
        Map<InformationCategory, Set<Basis>> shown = new EnumMap<>(InformationCategory.class);
        Map<InformationCategory, Set<WithheldReason>> withheld = new EnumMap<>(InformationCategory.class);
        List<String> references = new ArrayList<>();
        for (Disclosed<?> part : disclosed) {
            part.shownOn()
                    .forEach((category, bases) -> shown.computeIfAbsent(category, any -> EnumSet.noneOf(Basis.class))
                            .addAll(bases));
            part.withheld().forEach(item -> withheld.computeIfAbsent(
                            item.category(), any -> EnumSet.noneOf(WithheldReason.class))
                    .add(item.reason()));
            part.references().stream()
                    .filter(reference -> !references.contains(reference))
                    .forEach(references::add);
        }
        return new AccessRecord(
                viewer.now(),
                viewer.userId(),
                viewerName,
                viewer.agency(),
                what,
                subjectId,
                Set.copyOf(personIds),
                shown,
                withheld,
                references,
                null);
    }
}
