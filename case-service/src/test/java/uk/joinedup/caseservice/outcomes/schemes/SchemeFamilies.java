package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/** Builds families for scheme tests in the domain's words: members, and facts on days. */
final class SchemeFamilies {

    private final List<Member> members = new ArrayList<>();

    static SchemeFamilies family() {
        return new SchemeFamilies();
    }

    /** Adds a member; facts are added through the returned member. */
    Member member(String name, LocalDate born) {
        Member member = new Member(name, born);
        members.add(member);
        return member;
    }

    SchemeFamily record() {
        return SchemeFamily.of(members.stream().map(Member::build).toList());
    }

    SchemeFamily record(LocalDate leadProfessionalSince, LocalDate assessedOn, LocalDate planAgreedOn) {
        return new SchemeFamily(
                members.stream().map(Member::build).toList(), leadProfessionalSince, assessedOn, planAgreedOn);
    }

    static FactId id(String value) {
        return new FactId(value);
    }

    /** A member being built. */
    static final class Member {

        private final String name;
        private final LocalDate born;
        private final List<DatedFact<?>> facts = new ArrayList<>();

        private Member(String name, LocalDate born) {
            this.name = name;
            this.born = born;
        }

        /** Records a fact; its id is {@code factId}. */
        Member has(String factId, LocalDate on, AgencyFact fact) {
            facts.add(new DatedFact<>(new FactId(factId), on, fact));
            return this;
        }

        /** Records {@code count} facts alike, with ids {@code prefix-1} onwards, one a day from {@code first}. */
        Member hasEach(String prefix, int count, LocalDate first, AgencyFact fact) {
            for (int i = 0; i < count; i++) {
                has(prefix + "-" + (i + 1), first.plusDays(i), fact);
            }
            return this;
        }

        private FamilyMember build() {
            return new FamilyMember(new PersonId("person-" + name), name, born, facts);
        }
    }
}
