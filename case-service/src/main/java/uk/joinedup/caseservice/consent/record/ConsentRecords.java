package uk.joinedup.caseservice.consent.record;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.sharing.ConsentTerms;

/** Reads the consents on a person's record: every one, current or not, for the policy to date. */
@Component
public class ConsentRecords {

    /** Every consent on the person's record, withdrawn and expired ones included. */
    public List<ConsentTerms> termsOf(String personId) {
        return List.of();
    }
}
