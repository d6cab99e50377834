package uk.joinedup.caseservice.agreement.record;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agreement.record.AgreementProjection.AgreementList;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.sharing.AgreementTerms;

/** Reads the sharing agreements: the current version of each, for the policy to date, and every version. */
@Component
public class AgreementRecords {

    private final DocumentCollection<AgreementRecord> agreements;
    private final DocumentCollection<AgreementList> list;

    AgreementRecords(MongoDocuments documents) {
        this.agreements = documents.collection(AgreementProjection.COLLECTION, AgreementRecord.class);
        this.list = documents.collection(AgreementProjection.LIST_COLLECTION, AgreementList.class);
    }

    /**
     * The current version of every agreement, ended ones included (the policy checks the dates); an ended
     * agreement's last day is the day it was ended on, if that is earlier than its terms say.
     */
    public List<AgreementTerms> current() {
        return all().stream().map(AgreementRecord::currentTerms).toList();
    }

    /** Version {@code number} of the agreement, as it was agreed; empty if there is no such version. */
    public Optional<AgreementTerms> version(String agreementId, int number) {
        return agreements.find(agreementId).map(agreement -> agreement.termsOfVersion(number));
    }

    /** Every agreement as stored, by title. */
    List<AgreementRecord> all() {
        List<String> ids = List.copyOf(list.find(AgreementProjection.EVERY_AGREEMENT)
                .map(AgreementList::agreementIds)
                .orElse(Set.of()));
        return agreements.findAll(ids).stream()
                .sorted(Comparator.comparing((AgreementRecord agreement) ->
                                agreement.current().terms().title())
                        .thenComparing(AgreementRecord::agreementId))
                .toList();
    }

    Optional<AgreementRecord> find(String agreementId) {
        return agreements.find(agreementId);
    }
}
