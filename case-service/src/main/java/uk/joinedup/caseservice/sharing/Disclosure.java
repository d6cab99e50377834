package uk.joinedup.caseservice.sharing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * Applies the {@link SharingPolicy} to what a view would show one viewer: which entries they may see,
 * and a count of those they may not, by agency, category and reason. Withheld entries never leave it.
 */
public final class Disclosure {

    private final SharingPolicy policy;

    public Disclosure(SharingPolicy policy) {
        this.policy = policy;
    }

    /** A disclosure over no agreements, for views that show existence, casework or own records only. */
    public static Disclosure withoutAgreements() {
        return new Disclosure(new SharingPolicy(List.of(), SharingProtocol.DEFAULT));
    }

    public Decision decide(Viewer viewer, Subject subject, SharedEntry entry) {
        return policy.decide(viewer, subject, entry);
    }

    public boolean mayShow(Viewer viewer, Subject subject, SharedEntry entry) {
        return decide(viewer, subject, entry).shown();
    }

    /**
     * What the viewer may see of {@code entries}.
     *
     * @param subjectOf the subject each entry is about, as this viewer relates to it
     * @param describe what the policy needs to know about each entry
     */
    public <T> Disclosed<T> disclose(
            Viewer viewer, Collection<T> entries, Function<T, Subject> subjectOf, Function<T, SharedEntry> describe) {
        List<T> visible = new ArrayList<>();
        Map<Withheld.Key, Integer> withheld = new LinkedHashMap<>();
        Map<InformationCategory, Set<Basis>> shownOn = new EnumMap<>(InformationCategory.class);
        Set<String> references = new LinkedHashSet<>();
        for (T entry : entries) {
            SharedEntry shared = describe.apply(entry);
            Decision decision = policy.decide(viewer, subjectOf.apply(entry), shared);
            if (decision.shown()) {
                visible.add(entry);
                shownOn.computeIfAbsent(shared.category(), category -> EnumSet.noneOf(Basis.class))
                        .add(decision.basis());
                if (decision.reference() != null) {
                    references.add(decision.reference());
                }
            } else {
                withheld.merge(
                        new Withheld.Key(shared.owningAgency(), shared.category(), decision.withheld()),
                        1,
                        Integer::sum);
            }
        }
        List<Withheld> summary = new ArrayList<>();
        withheld.forEach((key, count) -> summary.add(new Withheld(key.agency(), key.category(), key.reason(), count)));
        return new Disclosed<>(visible, summary, shownOn, List.copyOf(references));
    }

    /**
     * @param visible what the viewer may see
     * @param withheld how many entries they may not, by agency, category and reason
     * @param shownOn the bases each shown category was shown on, for the access log
     * @param references the consents, agreement versions and overrides those bases rested on
     */
    public record Disclosed<T>(
            List<T> visible,
            List<Withheld> withheld,
            Map<InformationCategory, Set<Basis>> shownOn,
            List<String> references) {

        public int withheldCount() {
            return withheld.stream().mapToInt(Withheld::count).sum();
        }
    }

    /**
     * Entries withheld from a viewer: e.g. 3 from Probation, offending, for want of consent.
     *
     * @param agency the agency that recorded them
     */
    public record Withheld(AgencyId agency, InformationCategory category, WithheldReason reason, int count) {

        record Key(AgencyId agency, InformationCategory category, WithheldReason reason) {}
    }
}
