package uk.joinedup.caseservice.views.caseload;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a list that can grow (a user's caseload, the unled cases, the referrals awaiting a decision) is
 * split over {@value #COUNT} documents keyed {@code owner/n}, an item's document chosen by its id: none
 * grows past a few hundred entries at 10,000 families, each change rewrites one small document, and the
 * whole list is one {@code _id $in} of {@value #COUNT} ids (architecture.md §3).
 */
final class Shards {

    static final int COUNT = 32;

    private Shards() {}

    /** The document of {@code owner}'s list that holds {@code itemId}. */
    static String of(String owner, String itemId) {
        return owner + "/" + Math.floorMod(itemId.hashCode(), COUNT);
    }

    /** Every document of {@code owner}'s list. */
    static List<String> all(String owner) {
        return IntStream.range(0, COUNT).mapToObj(n -> owner + "/" + n).toList();
    }
}
