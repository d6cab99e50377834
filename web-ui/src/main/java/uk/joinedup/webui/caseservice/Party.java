package uk.joinedup.webui.caseservice;

/**
 * A party to a sharing agreement: one agency, or every agency of a kind.
 *
 * @param agency the agency's id, or null when the party is a kind
 * @param kind the kind of agency, or null when the party is one agency
 */
public record Party(String agency, AgencyKind kind) {

    public static Party agency(String agency) {
        return new Party(agency, null);
    }

    public static Party kind(AgencyKind kind) {
        return new Party(null, kind);
    }
}
