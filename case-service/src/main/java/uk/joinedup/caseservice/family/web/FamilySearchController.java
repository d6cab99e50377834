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

@Tag(name = "Families")
@RestController
class FamilySearchController {

    private final QueryGateway queries;

    FamilySearchController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Find families by name (every word given must be in the family's name)")
    @GetMapping("/api/families")
    List<FamilyMatch> find(@RequestParam String name, Actor viewer) {
        return queries.query(new FindFamilies(name, viewer), ResponseTypes.multipleInstancesOf(FamilyMatch.class))
                .join();
    }
}
