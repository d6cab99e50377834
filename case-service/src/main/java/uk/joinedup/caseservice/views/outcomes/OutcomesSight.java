package uk.joinedup.caseservice.views.outcomes;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Viewer;

/** The signed-in user looking for {@link Purpose#OUTCOMES} now, and the policy under the agreements in force. */
@Component
class OutcomesSight {

    private final AgreementRecords agreements;
    private final SharingProtocol protocol;
    private final Clock clock;

    OutcomesSight(
            AgreementRecords agreements,
            @Value("${joinedup.sharing.agreements-may-open-special-category:false}")
                    boolean agreementsMayOpenSpecialCategory,
            Clock clock) {
        this.agreements = agreements;
        this.protocol = new SharingProtocol(agreementsMayOpenSpecialCategory);
        this.clock = clock;
    }

    /** The agreements are read once a request. */
    Sight of(Actor actor) {
        List<AgreementTerms> current = agreements.current();
        return new Sight(viewer(actor), current, new Disclosure(new SharingPolicy(current, protocol)));
    }

    /** The viewer alone, for deciding who may ask: no agreement is read. */
    Viewer viewer(Actor actor) {
        return Viewer.of(actor, clock.instant()).forPurpose(Purpose.OUTCOMES);
    }

    /** One request's viewer, the agreements in force and the policy under them, applied through a {@link Disclosure}. */
    record Sight(Viewer viewer, List<AgreementTerms> agreements, Disclosure policy) {}
}
