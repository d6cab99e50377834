/** Form helpers for GOV.UK Frontend patterns that Spring does not know: the three-field date input. */
package uk.joinedup.webui.govuk;
