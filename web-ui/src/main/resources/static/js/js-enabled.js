// GOV.UK Frontend's styles for pages with JavaScript; loaded at the top of <body> (no inline script: CSP).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
