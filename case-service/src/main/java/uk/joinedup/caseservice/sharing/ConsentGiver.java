package uk.joinedup.caseservice.sharing;

/** Who gave a consent to share. */
public enum ConsentGiver {
    /** The person themselves. */
    THE_PERSON,
    /** A parent or guardian, for a child: not valid once the child is 18. */
    PARENT_OR_GUARDIAN,
    /** Someone holding a lasting power of attorney for the person (Reaching Out, 003:1486). */
    ATTORNEY,
    /** An advocate appointed to act for the person. */
    ADVOCATE
}
