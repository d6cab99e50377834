package uk.joinedup.caseservice.outcomes.dashboard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.outcomes.dashboard.PersonFigures.Share;
import uk.joinedup.caseservice.outcomes.indicators.Attendance;
import uk.joinedup.caseservice.outcomes.indicators.Counted;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.indicators.MeasureResult;
import uk.joinedup.caseservice.outcomes.indicators.PersonFacts;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * Each person's share of the figures of these quarters ({@link PersonFigures}): the quarters' figures computed
 * for the people together ({@link QuarterMeasures}), then split back by whom each measure counted. Attendance
 * is counted in sessions, so each child counted is summed alone. Pure.
 */
record QuarterFiguresSummary(List<Quarter> quarters) implements OutcomesFacts.Summary<PersonFigures> {

    private static final int MEASURES = Measure.values().length;

    QuarterFiguresSummary {
        quarters = List.copyOf(quarters);
    }

    @Override
    public Object key() {
        return this;
    }

    @Override
    public List<PersonFigures> of(List<PersonInScope> people) {
        Map<String, Share[]> shares = new HashMap<>();
        Map<String, PersonFacts> facts = new HashMap<>();
        for (PersonInScope person : people) {
            facts.put(person.personId(), person.facts());
        }
        List<QuarterMeasures.Results> results =
                QuarterMeasures.of(people.stream().map(PersonInScope::facts).toList(), quarters);
        for (int index = 0; index < results.size(); index++) {
            QuarterMeasures.Results quarter = results.get(index);
            for (MeasureResult result : quarter.byMeasure().values()) {
                int ordinal = result.measure().ordinal();
                for (Counted one : result.denominator()) {
                    count(shares, one, index, ordinal);
                }
                for (Counted one : result.numerator()) {
                    count(shares, one, index, MEASURES + ordinal);
                }
            }
            for (Counted child : quarter.attendance().children()) {
                String personId = child.person().value();
                Attendance alone = QuarterMeasures.attendanceOf(facts.get(personId), quarter.quarter());
                Share share = shareOf(shares, personId, index);
                sharesOf(shares, personId)[index] =
                        new Share(share.counts(), alone.sessionsAttended(), alone.sessionsPossible(), true);
            }
        }
        List<PersonFigures> figures = new ArrayList<>(people.size());
        for (PersonInScope person : people) {
            Share[] theirs = shares.get(person.personId());
            List<Share> byQuarter = new ArrayList<>(quarters.size());
            for (int index = 0; index < quarters.size(); index++) {
                byQuarter.add(theirs == null || theirs[index] == null ? Share.NONE : theirs[index]);
            }
            Set<InformationCategory> withheld = EnumSet.noneOf(InformationCategory.class);
            withheld.addAll(person.disclosed().withheld().keySet());
            figures.add(new PersonFigures(person.personId(), withheld, byQuarter));
        }
        return figures;
    }

    private void count(Map<String, Share[]> shares, Counted one, int index, int position) {
        Share share = shareOf(shares, one.person().value(), index);
        int[] counts = share.counts().length == 0 ? new int[2 * MEASURES] : share.counts();
        counts[position]++;
        sharesOf(shares, one.person().value())[index] =
                new Share(counts, share.sessionsAttended(), share.sessionsPossible(), share.inAttendance());
    }

    private Share shareOf(Map<String, Share[]> shares, String personId, int index) {
        Share share = sharesOf(shares, personId)[index];
        return share == null ? Share.NONE : share;
    }

    private Share[] sharesOf(Map<String, Share[]> shares, String personId) {
        return shares.computeIfAbsent(personId, any -> new Share[quarters.size()]);
    }
}
