package uk.joinedup.caseservice.sharing;

/**
 * The deployment's information sharing protocol: the choices a council makes about sharing that the
 * law leaves to it.
 *
 * @param agreementsMayOpenSpecialCategory whether a sharing agreement citing an article 9 condition may
 *     open health and substance-misuse information without explicit consent (default: no)
 */
public record SharingProtocol(boolean agreementsMayOpenSpecialCategory) {

    /** The default: health and substance misuse are shared only with explicit consent or an override. */
    public static final SharingProtocol DEFAULT = new SharingProtocol(false);
}
