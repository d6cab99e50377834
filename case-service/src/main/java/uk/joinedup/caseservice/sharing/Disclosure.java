package uk.joinedup.caseservice.sharing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Applies the {@link SharingPolicy} to a collection: what a viewer may see, and how much is withheld. */
public final class Disclosure {

    private final SharingPolicy policy = new SharingPolicy();

    public <T> Disclosed<T> disclose(Viewer viewer, Collection<T> entries, Function<T, SharedEntry> describe) {
        List<T> visible = new ArrayList<>();
        int withheld = 0;
        for (T entry : entries) {
            if (policy.decide(viewer, describe.apply(entry)).visible()) {
                visible.add(entry);
            } else {
                withheld++;
            }
        }
        return new Disclosed<>(visible, withheld);
    }

    public boolean mayShow(Viewer viewer, SharedEntry entry) {
        return policy.decide(viewer, entry).visible();
    }

    /**
     * @param visible what the viewer may see
     * @param withheld how many entries they may not
     */
    public record Disclosed<T>(List<T> visible, int withheld) {}
}
