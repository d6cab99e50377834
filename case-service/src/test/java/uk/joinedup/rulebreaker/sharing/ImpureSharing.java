package uk.joinedup.rulebreaker.sharing;

import org.bson.Document;

/** Breaks "the sharing policy is pure". */
public class ImpureSharing {
    Document document;
}
