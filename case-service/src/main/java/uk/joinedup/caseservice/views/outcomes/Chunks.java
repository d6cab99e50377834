package uk.joinedup.caseservice.views.outcomes;

import java.util.ArrayList;
import java.util.List;

/** Ids a few hundred at a time, for reads whole while warming up: what is read at once stays small beside the heap. */
final class Chunks {

    /** Records read whole at once while warming up: 200 buckets are about 14 MB. */
    static final int SIZE = 200;

    private Chunks() {}

    static List<List<String>> of(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SIZE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
        }
        return chunks;
    }
}
