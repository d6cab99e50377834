package uk.joinedup.caseservice.infrastructure.web;

/**
 * The upper bounds of what a client may send, named once. Every text and list in a request body carries a
 * {@code @Size} (BoundedRequestsTest checks it), and the whole body is at most {@link #MOST_BODY_BYTES}, so
 * nothing a request carries can come near MongoDB's 16 MB document limit.
 */
public final class InputLimits {

    /** An id of a record, user or agency: ours are UUIDs (36) or short kebab-case names. */
    public static final int ID = 100;

    /** A national identifier as typed, spaces and all: the longest, an NHS number with spaces, is 12. */
    public static final int IDENTIFIER_AS_TYPED = 30;

    /** A choice from a list of a few dozen values at most (enums: categories, purposes, risk factors). */
    public static final int CHOICES = 50;

    /** The goals of a plan, and the actions of a goal. */
    public static final int PLAN_ITEMS = 20;

    /** The whole request body, in bytes (256 KB): many times the largest legitimate request. */
    public static final int MOST_BODY_BYTES = 256 * 1024;

    /** An extract's CSV file, in bytes (20 MB): over 100,000 rows of any extract type. */
    public static final int MOST_EXTRACT_BYTES = 20 * 1024 * 1024;

    /** Where extracts are uploaded: the one request whose body may be larger than {@link #MOST_BODY_BYTES}. */
    public static final String EXTRACT_UPLOADS = "/api/imports";

    private InputLimits() {}
}
