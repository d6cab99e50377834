/**
 * What every page's forms share: GOV.UK Frontend patterns Spring does not know (the three-field date
 * input, the currency input read as pounds, options for radios and checkboxes, field ids the error
 * summary links to) and putting case-service's messages against the fields they are about; the
 * pagination and sub-navigation components; amounts of money and moments in words.
 */
package uk.joinedup.webui.govuk;
