package uk.joinedup.webui.subjectaccess;

import uk.joinedup.webui.caseservice.SubjectAccessStart;
import uk.joinedup.webui.govuk.DateInput;

/** What the "start a subject access request" page posts. The request's fields are checked by case-service. */
public class StartForm {

    private String personId;
    private String requester;
    private String requesterName;
    private String identityCheck;
    private String identityNote;
    private DateInput receivedOn = new DateInput();

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return switch (code) {
            case "person-not-registered" -> "personId";
            case "requester-name-required" -> "requesterName";
            case "dated-in-future" -> "receivedOn";
            default -> null;
        };
    }

    SubjectAccessStart toRequest(java.time.LocalDate received) {
        return new SubjectAccessStart(
                strip(personId),
                choice(SubjectAccessStart.Requester.class, requester),
                strip(requesterName),
                choice(SubjectAccessStart.IdentityCheck.class, identityCheck),
                strip(identityNote),
                received);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        return null;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public String getIdentityCheck() {
        return identityCheck;
    }

    public void setIdentityCheck(String identityCheck) {
        this.identityCheck = identityCheck;
    }

    public String getIdentityNote() {
        return identityNote;
    }

    public void setIdentityNote(String identityNote) {
        this.identityNote = identityNote;
    }

    public DateInput getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(DateInput receivedOn) {
        this.receivedOn = receivedOn;
    }
}
