/**
 * The signed-in user's own pages: who they are ({@code /account}) and their sign-in sessions ({@code
 * /account/sessions}: browser, address, when signed in and last active), each of which they can end,
 * or all at once ("sign out everywhere"); and the name in every page's header.
 */
package uk.joinedup.identity.account;
