package uk.joinedup.webui.family;

/**
 * A form that carries, as a hidden field, the version of the family its page showed: sent back with the
 * change, so that case-service refuses it if someone else changed the family since.
 */
interface VersionedForm {

    long getExpectedVersion();

    void setExpectedVersion(long expectedVersion);
}
