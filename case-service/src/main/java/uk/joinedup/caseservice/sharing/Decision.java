package uk.joinedup.caseservice.sharing;

/**
 * Whether an entry is shown to a viewer: shown on a basis, or withheld for a reason.
 *
 * @param basis why it is shown, or null when withheld
 * @param withheld why it is not shown, or null when shown
 * @param reference the consent, agreement version ({@code id v2}) or override the basis rests on, or null
 */
public record Decision(Basis basis, WithheldReason withheld, String reference) {

    public Decision {
        if ((basis == null) == (withheld == null)) {
            throw new IllegalArgumentException("A decision shows on a basis or withholds for a reason");
        }
    }

    static Decision shown(Basis basis) {
        return new Decision(basis, null, null);
    }

    static Decision shown(Basis basis, String reference) {
        return new Decision(basis, null, reference);
    }

    static Decision withheld(WithheldReason reason) {
        return new Decision(null, reason, null);
    }

    public boolean shown() {
        return basis != null;
    }
}
