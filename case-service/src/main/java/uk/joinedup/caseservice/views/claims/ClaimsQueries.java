package uk.joinedup.caseservice.views.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimId;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.Row;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.RowStatus;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.SchemeOption;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims;
import uk.joinedup.caseservice.outcomes.claims.api.FindClaims;
import uk.joinedup.caseservice.outcomes.claims.api.GetFamilyClaims;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecords;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.outcomes.OutcomeFamilies;

/**
 * Answers the claims page and one family's claims: the families in the viewer's scope, evaluated from the
 * facts the sharing policy shows them for measuring outcomes, with each result's claims. A family outside
 * the scope is answered as unknown.
 */
@Component
class ClaimsQueries {

    private final ClaimsScope scope;
    private final OutcomeFamilies families;
    private final ClaimRecords claims;
    private final FamilyEvaluator evaluator;
    private final AccessLog accessLog;

    ClaimsQueries(
            ClaimsScope scope,
            OutcomeFamilies families,
            ClaimRecords claims,
            FamilyEvaluator evaluator,
            AccessLog accessLog) {
        this.scope = scope;
        this.families = families;
        this.claims = claims;
        this.evaluator = evaluator;
        this.accessLog = accessLog;
    }

    @QueryHandler
    ClaimsList handle(FindClaims query) {
        Viewer viewer = families.viewer(query.viewer());
        LocalDate today = viewer.today();
        List<FamilyRecord> inScope = families.of(scope.familiesOf(viewer.agency())).stream()
                .filter(family -> family.managedBy(viewer) && family.openedOn() != null)
                .toList();
        List<ListedFamily> listed =
                families.summarised(query.viewer(), inScope, new ListedFamily.Listing(evaluator, today));

        Map<String, ClaimRecord> claimed = claimsOf(inScope, listed, query.scheme());
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < inScope.size(); index++) {
            FamilyRecord family = inScope.get(index);
            listed.get(index).evaluations().forEach((scheme, evaluation) -> {
                if (query.scheme() != null && !query.scheme().equals(scheme.id())) {
                    return;
                }
                for (ListedFamily.Result result : evaluation.results()) {
                    ClaimRecord record = claimed.get(claimIdOf(scheme, family, result.criterion()));
                    if (!evaluation.eligible() && record == null) {
                        continue;
                    }
                    Row row = row(scheme, family, evaluation.eligible(), result, record);
                    if (query.status() == null || query.status() == row.status()) {
                        rows.add(row);
                    }
                }
            });
        }
        rows.sort(Comparator.comparing(Row::schemeName)
                .thenComparing(Row::familyName)
                .thenComparing(Row::familyId));
        int withheld = (int)
                listed.stream().filter(family -> family.factsWithheld() > 0).count();
        List<SchemeOption> schemes = evaluator.schemes().stream()
                .map(scheme -> new SchemeOption(scheme.id(), scheme.name()))
                .toList();
        return ClaimsList.whole(today, schemes, rows, withheld);
    }

    @QueryHandler
    Optional<FamilyClaims> handle(GetFamilyClaims query) {
        Viewer viewer = families.viewer(query.viewer());
        List<FamilyRecord> found = families.of(List.of(query.familyId())).stream()
                .filter(family -> family.managedBy(viewer))
                .toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OutcomeFamilies.FamilySeen family =
                families.seenBy(query.viewer(), found).get(0);
        EvaluatedFamily evaluated = evaluator.evaluate(family.family(), family.members(), viewer.today());
        Map<String, ClaimRecord> claimed =
                claimsOf(List.of(evaluated.family()), List.of(ListedFamily.of(evaluated)), null);
        if (query.shown()) {
            accessLog.append(ClaimsAccess.of(viewer, query.viewer().name(), evaluated));
        }
        return Optional.of(FamilyClaimsView.of(evaluated, claimed, viewer.today()));
    }

    private static Row row(
            Scheme scheme, FamilyRecord family, boolean eligible, ListedFamily.Result result, ClaimRecord record) {
        ClaimRecord.Claim current = record == null ? null : record.current();
        RowStatus status = current == null || current.status() == null
                ? RowStatus.NOT_CLAIMED
                : RowStatus.valueOf(current.status().name());
        return new Row(
                scheme.id(),
                scheme.name(),
                family.familyId(),
                family.name(),
                result.criterion(),
                eligible,
                eligible && result.met(),
                result.earned(),
                status,
                current == null ? null : current.reference(),
                current == null ? null : current.statusOn(),
                current == null ? null : current.amount());
    }

    static String claimIdOf(Scheme scheme, FamilyRecord family, String criterion) {
        return ClaimId.of(scheme.id(), new FamilyId(family.familyId()), criterion)
                .value();
    }

    /** The claims of every result listed of these families (under one scheme, if named), by claim id. */
    private Map<String, ClaimRecord> claimsOf(
            List<FamilyRecord> families, List<ListedFamily> listed, String onlyScheme) {
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < families.size(); index++) {
            FamilyRecord family = families.get(index);
            listed.get(index).evaluations().forEach((scheme, evaluation) -> {
                if (onlyScheme == null || onlyScheme.equals(scheme.id())) {
                    evaluation.results().forEach(result -> ids.add(claimIdOf(scheme, family, result.criterion())));
                }
            });
        }
        Map<String, ClaimRecord> found = new HashMap<>();
        claims.findAll(ids).forEach(record -> found.put(record.claimId(), record));
        return found;
    }
}
