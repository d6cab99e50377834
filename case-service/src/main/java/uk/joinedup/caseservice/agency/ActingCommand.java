package uk.joinedup.caseservice.agency;

/**
 * A command issued by a signed-in user. The command bus copies the actor into the message's metadata
 * under these keys, so that the events it causes record who recorded them, without putting the actor
 * in the event.
 */
public interface ActingCommand {

    String USER_ID = "userId";
    String USER_NAME = "userName";
    String AGENCY = "agency";
    String AGENCY_NAME = "agencyName";
    String AGENCY_KIND = "agencyKind";

    Actor actor();
}
