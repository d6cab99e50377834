package uk.joinedup.caseservice.accesslog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;

/**
 * A set of sequence numbers kept as sorted, disjoint ranges, so that "every record from 1,200,000 to
 * 1,650,000" costs two numbers and an explicit list of scattered numbers is no worse than an array.
 */
final class Sequences {

    private static final Sequences NONE = new Sequences(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;
    private final long size;

    private Sequences(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i] + 1;
        }
        this.size = total;
    }

    static Sequences none() {
        return NONE;
    }

    /** Every number from {@code first} to {@code last}. */
    static Sequences range(long first, long last) {
        return first > last ? NONE : new Sequences(new long[] {first}, new long[] {last});
    }

    /** These numbers, which must be ascending and distinct. */
    static Sequences of(long[] ascending) {
        List<long[]> ranges = new ArrayList<>();
        for (long sequence : ascending) {
            long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] + 1 == sequence) {
                last[1] = sequence;
            } else {
                ranges.add(new long[] {sequence, sequence});
            }
        }
        return of(ranges);
    }

    private static Sequences of(List<long[]> ranges) {
        if (ranges.isEmpty()) {
            return NONE;
        }
        long[] starts = new long[ranges.size()];
        long[] ends = new long[ranges.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = ranges.get(i)[0];
            ends[i] = ranges.get(i)[1];
        }
        return new Sequences(starts, ends);
    }

    long size() {
        return size;
    }

    /** The lowest number; only for a set that is not empty. */
    long first() {
        return starts[0];
    }

    /** The highest number; only for a set that is not empty. */
    long last() {
        return ends[ends.length - 1];
    }

    boolean contains(long sequence) {
        int at = Arrays.binarySearch(starts, sequence);
        if (at >= 0) {
            return true;
        }
        int range = -at - 2;
        return range >= 0 && sequence <= ends[range];
    }

    /** These numbers without the excluded ones. */
    Sequences without(SortedSet<Long> excluded) {
        if (excluded.isEmpty()) {
            return this;
        }
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            long start = starts[i];
            for (long gone : excluded.subSet(starts[i], ends[i] + 1)) {
                if (gone > start) {
                    ranges.add(new long[] {start, gone - 1});
                }
                start = gone + 1;
            }
            if (start <= ends[i]) {
                ranges.add(new long[] {start, ends[i]});
            }
        }
        return of(ranges);
    }

    /** The numbers of {@code ascending} (ascending, distinct) that are in this set. */
    Sequences retainAll(long[] ascending) {
        return of(Arrays.stream(ascending).filter(this::contains).toArray());
    }

    /** Up to {@code limit} numbers, highest first, after skipping the {@code offset} highest. */
    List<Long> newestFirst(long offset, int limit) {
        List<Long> page = new ArrayList<>(limit);
        long skip = offset;
        for (int i = starts.length - 1; i >= 0 && page.size() < limit; i--) {
            long length = ends[i] - starts[i] + 1;
            if (skip >= length) {
                skip -= length;
                continue;
            }
            for (long sequence = ends[i] - skip; sequence >= starts[i] && page.size() < limit; sequence--) {
                page.add(sequence);
            }
            skip = 0;
        }
        return page;
    }
}
