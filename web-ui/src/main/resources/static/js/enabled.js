// Marks the page as having JavaScript, as GOV.UK Frontend expects, before it is drawn. A file rather than
// an inline script, so that the Content Security Policy need not allow inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
