/** The start page, the signed-in home page and the signed-out page. */
package uk.joinedup.webui.home;
