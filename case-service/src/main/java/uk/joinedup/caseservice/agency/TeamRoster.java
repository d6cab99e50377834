package uk.joinedup.caseservice.agency;

import java.util.List;

/**
 * Who is in a team within an agency (the {@code team} of a user's sign-in, not the team around a
 * family), as the staff directory has it: what a team manager's view of their team's caseload is drawn
 * from. An adapter in {@code infrastructure.directory} answers from identity-service.
 */
public interface TeamRoster {

    /**
     * The practitioners of agency {@code agency} in team {@code team}, by name.
     *
     * @throws DirectoryUnavailable when the directory cannot be asked
     */
    List<Practitioner> members(AgencyId agency, String team);
}
