package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.index.FamilyMatch;
import uk.joinedup.caseservice.family.index.FindFamilies;
import uk.joinedup.caseservice.infrastructure.web.SearchLimits;

@Tag(name = "Families")
@RestController
class FamilySearchController {

    private final QueryGateway queries;
    private final SearchLimits searches;

    FamilySearchController(QueryGateway queries, SearchLimits searches) {
        this.queries = queries;
        this.searches = searches;
    }

    @Operation(
            summary = "Find families by name (every word given must be in the family's name); logged, and limited"
                    + " per user per minute (429 with Retry-After)")
    @GetMapping("/api/families")
    List<FamilyMatch> find(@RequestParam String name, Actor viewer) {
        searches.admit(viewer);
        return queries.query(new FindFamilies(name, viewer), ResponseTypes.multipleInstancesOf(FamilyMatch.class))
                .join();
    }
}
