package uk.joinedup.webui.session;

/**
 * What a page's timeout warning needs to know.
 *
 * @param idleSeconds how long the session lasts without a request
 * @param warningSeconds how long before that the warning opens
 * @param keepAlivePath where "Stay signed in" sends its request
 */
public record SessionTimeout(long idleSeconds, long warningSeconds, String keepAlivePath) {

    /** Whole minutes of the warning, as the dialog first says it ("in 2 minutes"). */
    public long warningMinutes() {
        return Math.max(1, warningSeconds / 60);
    }
}
