package uk.joinedup.webui.family;

import java.util.ArrayList;
import java.util.List;
import uk.joinedup.webui.caseservice.NeedDomain;
import uk.joinedup.webui.govuk.DateInput;

/** What the assessment page posts: a score from 0 to 4 and the evidence for every domain, in order. */
public class AssessmentForm {

    private List<Need> needs = new ArrayList<>();
    private DateInput completedOn = new DateInput();

    /** A form with a row for every domain. */
    static AssessmentForm blank() {
        AssessmentForm form = new AssessmentForm();
        for (NeedDomain domain : NeedDomain.values()) {
            Need need = new Need();
            need.setDomain(domain.name());
            form.needs.add(need);
        }
        return form;
    }

    public List<Need> getNeeds() {
        return needs;
    }

    public void setNeeds(List<Need> needs) {
        this.needs = needs;
    }

    public DateInput getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(DateInput completedOn) {
        this.completedOn = completedOn;
    }

    /** One domain's score and evidence. */
    public static class Need {

        private String domain;
        private String score;
        private String evidence;

        public String getDomain() {
            return domain;
        }

        public void setDomain(String domain) {
            this.domain = domain;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }
}
