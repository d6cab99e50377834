/**
 * A person's consents to share: every consent in plain English (case-service's summary sentence) with
 * its status and history, recording one as the user's agency, and withdrawing one. case-service decides
 * who sees which consent and what a consent opens; these pages only ask and show.
 */
package uk.joinedup.webui.consent;
