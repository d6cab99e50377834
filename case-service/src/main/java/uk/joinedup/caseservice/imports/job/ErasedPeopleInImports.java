package uk.joinedup.caseservice.imports.job;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.imports.job.ImportStore.Forgotten;
import uk.joinedup.caseservice.person.api.PersonErased;

/**
 * Forgets an erased person in the imports' staging and ledger ({@link ImportStore#forgetPerson}) when their record
 * is erased, while the erasure waits for the read models. Not replayed: what is forgotten stays forgotten.
 */
@Component
@ProcessingGroup("import-erasures")
class ErasedPeopleInImports {

    private static final Logger log = LoggerFactory.getLogger(ErasedPeopleInImports.class);

    private final ImportStore store;

    ErasedPeopleInImports(ImportStore store) {
        this.store = store;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonErased erased) {
        Forgotten forgotten = store.forgetPerson(erased.personId().value());
        log.info(
                "Imports: erasure {} forgot {} staged rows and {} ledger entries",
                erased.erasureId(),
                forgotten.rows(),
                forgotten.ledgerEntries());
    }
}
