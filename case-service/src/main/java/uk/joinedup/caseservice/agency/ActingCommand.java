package uk.joinedup.caseservice.agency;

/**
 * A command issued by a signed-in user. The command bus copies the actor into the message's metadata
 * so that the events it causes record who recorded them, without putting the actor in the event.
 */
public interface ActingCommand {

    Actor actor();
}
