package uk.joinedup.webui.agreement;

import uk.joinedup.webui.caseservice.AgreementView;

/** One version of an agreement, who recorded it and why, with its terms in words. */
public record VersionInWords(AgreementView.Version version, TermsInWords terms) {}
