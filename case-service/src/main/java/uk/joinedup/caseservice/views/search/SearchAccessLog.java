package uk.joinedup.caseservice.views.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.family.index.FamiliesFound;
import uk.joinedup.caseservice.family.index.FamilyMatch;
import uk.joinedup.caseservice.family.index.FindFamilies;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.imports.api.GetRowsToReview;
import uk.joinedup.caseservice.imports.api.RowsToReview;
import uk.joinedup.caseservice.imports.api.Suggestion;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.index.FindPeople;
import uk.joinedup.caseservice.person.index.FindPossibleDuplicates;
import uk.joinedup.caseservice.person.index.PeopleFound;
import uk.joinedup.caseservice.person.index.PersonMatch;
import uk.joinedup.caseservice.sharing.Basis;

/**
 * Appends each identity search to the access log once it is answered, and before the answer is returned:
 * {@code PERSON_SEARCH} (people by name, date of birth, postcode or identifier, possible duplicates) or
 * {@code FAMILY_SEARCH} (families by their or a member's name, or postcode), with the search text and the people
 * found (for a family, its current members: a family found tells that they are in it); and the rows of data
 * imports to review, as a {@code PERSON_SEARCH} of the people suggested for them. A search that fails is not logged: nothing was shown.
 */
@Component
class SearchAccessLog implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    private final AccessLog accessLog;
    private final FamilyRecords families;
    private final Clock clock;

    SearchAccessLog(QueryBus queryBus, AccessLog accessLog, FamilyRecords families, Clock clock) {
        this.accessLog = accessLog;
        this.families = families;
        this.clock = clock;
        queryBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object query = unitOfWork.getMessage().getPayload();
        Object answer = chain.proceed();
        if (query instanceof FindPeople people) {
            log(people.viewer(), Viewed.PERSON_SEARCH, text(people), personIds(answer));
        } else if (query instanceof FindPossibleDuplicates duplicates) {
            log(duplicates.viewer(), Viewed.PERSON_SEARCH, text(duplicates.details()), personIds(answer));
        } else if (query instanceof FindFamilies found) {
            log(found.viewer(), Viewed.FAMILY_SEARCH, text(found), members(answer));
        } else if (query instanceof GetRowsToReview review && answer instanceof RowsToReview rows) {
            log(review.viewer(), Viewed.PERSON_SEARCH, "rows of data imports to review", suggested(rows));
        }
        return answer;
    }

    private void log(Actor actor, Viewed what, String searchedFor, Set<String> personIds) {
        accessLog.append(new AccessRecord(
                clock.instant(),
                actor.userId(),
                actor.name(),
                actor.agency(),
                what,
                null,
                personIds,
                personIds.isEmpty()
                        ? Map.of()
                        : Map.of(
                                what == Viewed.FAMILY_SEARCH
                                        ? InformationCategory.FAMILY
                                        : InformationCategory.IDENTITY,
                                Set.of(Basis.MATCHING)),
                Map.of(),
                List.of(),
                searchedFor));
    }

    /** The people suggested for the rows shown: their identity is what the page shows of them. */
    private static Set<String> suggested(RowsToReview rows) {
        return rows.rows().stream()
                .flatMap(row -> row.candidates().stream())
                .map(Suggestion::personId)
                .collect(Collectors.toSet());
    }

    private static Set<String> personIds(Object answer) {
        return matches(answer instanceof PeopleFound page ? page.results() : answer, PersonMatch.class).stream()
                .map(PersonMatch::personId)
                .collect(Collectors.toSet());
    }

    private Set<String> members(Object answer) {
        List<String> familyIds =
                matches(answer instanceof FamiliesFound page ? page.results() : answer, FamilyMatch.class).stream()
                        .map(FamilyMatch::familyId)
                        .toList();
        return families.findAll(familyIds).stream()
                .flatMap(family -> family.members().values().stream())
                .filter(FamilyRecord.Member::current)
                .map(FamilyRecord.Member::personId)
                .collect(Collectors.toSet());
    }

    private static <T> List<T> matches(Object answer, Class<T> type) {
        if (!(answer instanceof Collection<?> found)) {
            return List.of();
        }
        return found.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String text(FindPeople query) {
        List<String> parts = new ArrayList<>();
        if (query.identifier() != null && !query.identifier().isBlank()) {
            parts.add("identifier: " + query.identifier().strip());
        } else {
            if (query.name() != null && !query.name().isBlank()) {
                parts.add("name: " + query.name().strip());
            }
            if (query.dateOfBirth() != null) {
                parts.add("date of birth: " + query.dateOfBirth());
            }
            if (query.yearOfBirth() != null) {
                parts.add("year of birth: " + query.yearOfBirth());
            }
            if (query.postcode() != null && !query.postcode().isBlank()) {
                parts.add("postcode: " + query.postcode().strip());
            }
        }
        if (query.page() > 1) {
            parts.add("page " + query.page());
        }
        return String.join("; ", parts);
    }

    private static String text(FindFamilies query) {
        List<String> parts = new ArrayList<>();
        if (query.name() != null && !query.name().isBlank()) {
            parts.add("family or member name: " + query.name().strip());
        }
        if (query.postcode() != null && !query.postcode().isBlank()) {
            parts.add("postcode: " + query.postcode().strip());
        }
        if (query.page() > 1) {
            parts.add("page " + query.page());
        }
        return String.join("; ", parts);
    }

    /** A possible-duplicates check searches for a whole person: name, date of birth and identifiers. */
    private static String text(PersonDetails details) {
        List<String> parts = new ArrayList<>();
        parts.add("possible duplicates of " + details.name().givenNames() + " "
                + details.name().familyName());
        parts.add("date of birth: " + details.dateOfBirth());
        if (details.identifiers() != null) {
            if (details.identifiers().nhsNumber() != null) {
                parts.add("NHS number: " + details.identifiers().nhsNumber());
            }
            if (details.identifiers().nationalInsuranceNumber() != null) {
                parts.add("National Insurance number: " + details.identifiers().nationalInsuranceNumber());
            }
            if (details.identifiers().uniquePupilNumber() != null) {
                parts.add("UPN: " + details.identifiers().uniquePupilNumber());
            }
        }
        return String.join("; ", parts);
    }
}
