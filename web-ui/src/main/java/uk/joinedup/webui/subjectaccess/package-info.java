/**
 * An information-governance officer's subject access requests (UK GDPR Art. 15, ADR 32): the open requests soonest
 * due first with their deadlines, starting a request, and a request's page with the response as it stands,
 * everything held about the person, each redacted item shown as redacted with its reason (never its content) and each
 * item an officer released with the officer's note, all in plain words; the form that extends the deadline within the
 * first month (Art. 12(3)), after which the page says what it was extended from and why; and the same response as a
 * tagged PDF to send, with the deadline and any extension. case-service refuses anyone but an information-governance
 * officer (403).
 */
package uk.joinedup.webui.subjectaccess;
