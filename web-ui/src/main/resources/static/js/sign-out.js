// Ends the identity-service session as soon as web-ui's has ended: posts the sign-out form, which
// carries the ID token in its body. Without JavaScript the form's button does the same.
document.getElementById('identity-sign-out-form').submit()
