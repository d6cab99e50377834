/** Pages about one person: registering them, their page with the chronology, adding a case note. */
package uk.joinedup.webui.person;
