package uk.joinedup.webui.caseservice;

/**
 * Where a proposed transfer of a case to another agency stands: awaiting the receiving agency's decision,
 * accepted (the case was handed over), declined, or withdrawn (the case closed while it awaited).
 */
public enum TransferStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
