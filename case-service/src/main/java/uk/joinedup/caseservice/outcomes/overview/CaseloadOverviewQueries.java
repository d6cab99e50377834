package uk.joinedup.caseservice.outcomes.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Practitioner;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agency.TeamRoster;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.KeyworkerCases;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewFigures;
import uk.joinedup.caseservice.outcomes.overview.CaseloadOverview.OverviewQuarter;
import uk.joinedup.caseservice.outcomes.overview.OverviewCase.Scope;

/**
 * Answers the caseload overview from the lists the projection files: the team's members (its keyworkers
 * and managers) come from the staff directory, then every list of the members and of the agency for the quarters asked is one {@code
 * _id $in}. A family worked by two members counts once for the team; "overdue" is worked out for today.
 *
 * <p>The controller calls it directly, not through the query bus: every query handler must disclose through
 * the sharing policy (the architecture rules), and these figures disclose nothing about anyone: counts,
 * and the names of staff, not of the people they work with.
 */
@Component
public class CaseloadOverviewQueries {

    private final DocumentCollection<OverviewShard> lists;
    private final TeamRoster roster;
    private final Clock clock;

    CaseloadOverviewQueries(MongoDocuments documents, TeamRoster roster, Clock clock) {
        this.lists = documents.collection(CaseloadOverviewProjection.LISTS, OverviewShard.class);
        this.roster = roster;
        this.clock = clock;
    }

    /** The overview asked for; only team managers ask (SecurityConfiguration). */
    public CaseloadOverview answer(GetCaseloadOverview query) {
        Actor manager = query.viewer();
        LocalDate today = LocalDate.now(clock);
        List<Quarter> quarters = query.from().through(query.to());
        List<Practitioner> members = manager.team() == null
                ? List.of()
                : roster.members(manager.agency(), manager.team()).stream()
                        .filter(CaseloadOverviewQueries::worksWithFamilies)
                        .sorted(Comparator.comparing(Practitioner::name).thenComparing(Practitioner::userId))
                        .toList();
        Scope agency = Scope.agency(manager.agency().value());
        List<Scope> scopes = new ArrayList<>();
        scopes.add(agency);
        members.forEach(member -> scopes.add(Scope.keyworker(member.userId())));

        Map<String, OverviewShard> read = new HashMap<>();
        lists.findAll(idsOf(scopes, quarters)).forEach(shard -> read.put(shard.shardId(), shard));

        OverviewFigures team = manager.team() == null
                ? null
                : figures(
                        manager.team(),
                        manager.team(),
                        members.stream()
                                .map(member -> Scope.keyworker(member.userId()))
                                .toList(),
                        quarters,
                        read,
                        today);
        OverviewFigures agencyFigures =
                figures(manager.agency().value(), manager.agencyName(), List.of(agency), quarters, read, today);
        List<KeyworkerCases> keyworkers = members.stream()
                .map(member -> {
                    Map<String, OpenCase> theirs = open(List.of(Scope.keyworker(member.userId())), read);
                    int leading = (int) theirs.values().stream()
                            .filter(open -> member.userId().equals(open.lead()))
                            .count();
                    return new KeyworkerCases(member.userId(), member.name(), theirs.size(), leading);
                })
                .toList();
        return new CaseloadOverview(
                today, quarters.stream().map(Quarter::toString).toList(), team, agencyFigures, keyworkers);
    }

    /** Keyworkers and team managers: not the team's information-governance officers or administrators. */
    private static boolean worksWithFamilies(Practitioner member) {
        return member.roles().contains(Role.KEYWORKER) || member.roles().contains(Role.TEAM_MANAGER);
    }

    private static List<String> idsOf(Collection<Scope> scopes, List<Quarter> quarters) {
        List<String> ids = new ArrayList<>();
        for (Scope scope : scopes) {
            ids.addAll(OverviewShards.allOpen(scope));
            quarters.forEach(quarter -> ids.addAll(OverviewShards.allOf(scope, quarter)));
        }
        return ids;
    }

    /** The figures of the scopes together: each family, referral and closure counted once. */
    private static OverviewFigures figures(
            String id,
            String name,
            List<Scope> scopes,
            List<Quarter> quarters,
            Map<String, OverviewShard> read,
            LocalDate today) {
        Map<String, OpenCase> open = open(scopes, read);
        List<OverviewQuarter> byQuarter = new ArrayList<>();
        for (Quarter quarter : quarters) {
            Set<String> referrals = new HashSet<>();
            Set<String> closures = new HashSet<>();
            for (Scope scope : scopes) {
                for (String shardId : OverviewShards.allOf(scope, quarter)) {
                    OverviewShard shard = read.get(shardId);
                    if (shard != null) {
                        referrals.addAll(shard.referrals().keySet());
                        closures.addAll(shard.closures().keySet());
                    }
                }
            }
            byQuarter.add(new OverviewQuarter(
                    quarter.toString(), quarter.firstDay(), quarter.lastDay(), referrals.size(), closures.size()));
        }
        return new OverviewFigures(
                id,
                name,
                open.size(),
                (int) open.values().stream().filter(one -> one.lead() == null).count(),
                (int) open.values().stream()
                        .filter(one -> one.reviewOverdue(today))
                        .count(),
                (int) open.values().stream()
                        .mapToLong(one -> one.overdueActions(today))
                        .sum(),
                byQuarter);
    }

    private static Map<String, OpenCase> open(List<Scope> scopes, Map<String, OverviewShard> read) {
        Map<String, OpenCase> open = new HashMap<>();
        for (Scope scope : scopes) {
            for (String shardId : OverviewShards.allOpen(scope)) {
                OverviewShard shard = read.get(shardId);
                if (shard != null) {
                    open.putAll(shard.open());
                }
            }
        }
        return open;
    }
}
