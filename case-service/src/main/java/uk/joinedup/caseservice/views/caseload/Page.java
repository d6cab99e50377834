package uk.joinedup.caseservice.views.caseload;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, {@value #SIZE} items a page: what the named pages ({@link CasePage}, {@link
 * ReferralPage}, {@link RegisteredPeoplePage}) are made from.
 *
 * @param items this page's items, in the list's order
 * @param page this page's number, from 1
 * @param totalResults how many items the whole list holds
 * @param totalPages how many pages it takes, at least 1
 */
public record Page<T>(List<T> items, int page, long totalResults, int totalPages) {

    /** Items on a page. */
    public static final int SIZE = 50;

    public Page {
        items = List.copyOf(items);
    }

    /** How many pages {@code total} items take: at least one, empty or not. */
    static int pagesFor(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The part of an ordered list on page {@code page}; empty past the last page. */
    static <K> List<K> slice(List<K> ordered, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1");
        }
        long from = (long) (page - 1) * SIZE;
        if (from >= ordered.size()) {
            return List.of();
        }
        return ordered.subList((int) from, (int) Math.min(ordered.size(), from + SIZE));
    }

    /** Page {@code page} of an ordered list of keys, each page's keys turned into items only for that page. */
    static <K, T> Page<T> of(List<K> ordered, int page, Function<List<K>, List<T>> items) {
        return new Page<>(items.apply(slice(ordered, page)), page, ordered.size(), pagesFor(ordered.size()));
    }
}
