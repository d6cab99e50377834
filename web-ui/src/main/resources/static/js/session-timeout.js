// The session timeout warning: GOV.UK's "timeout warning" pattern, as HMRC's timeout dialog does it.
// The session ends after a set time without a request (data-idle-seconds). A modal dialog opens
// data-warning-seconds before: focus moves into it, a polite live region announces the time left (every
// minute, then every 15 seconds), "Stay signed in" (or Escape) sends a request that keeps the session,
// "Sign out" signs out. When the time is up the page signs out, saying why. Activity in any tab counts:
// the time of the last request is shared through localStorage. No inline script anywhere (CSP).
(function () {
  'use strict'

  var dialog = document.getElementById('timeout-dialog')
  if (!dialog || typeof dialog.showModal !== 'function') {
    return
  }

  var LAST_ACTIVITY = 'joinedup.session.lastActivity'
  var SIGNED_OUT = 'joinedup.session.signedOutAt'
  // The server's clock for the session started as it answered, a moment before this page ran: sign out
  // a few seconds early, while the session (and so the sign-out form's CSRF token) is still good.
  var MARGIN = 5000

  var idle = Number(dialog.getAttribute('data-idle-seconds')) * 1000
  var warning = Number(dialog.getAttribute('data-warning-seconds')) * 1000
  var keepAlive = dialog.getAttribute('data-keep-alive')
  var timedOutPage = dialog.getAttribute('data-timed-out')
  var units = {
    minute: dialog.getAttribute('data-minute'),
    minutes: dialog.getAttribute('data-minutes'),
    second: dialog.getAttribute('data-second'),
    seconds: dialog.getAttribute('data-seconds')
  }
  var heading = document.getElementById('timeout-dialog-heading')
  var countdown = dialog.querySelector('.joinedup-timeout-dialog__countdown')
  var announcement = dialog.querySelector('.joinedup-timeout-dialog__announcement')
  var stayButton = dialog.querySelector('[data-timeout-stay]')
  var signOutLink = dialog.querySelector('[data-timeout-sign-out]')
  var signOutForm = document.getElementById('sign-out-form')
  var timeoutForm = document.getElementById('timeout-sign-out-form')

  var lastSeenHere = Date.now()
  var returnFocus = null
  var announced = null
  var leaving = false

  function read (key) {
    try {
      var value = Number(window.localStorage.getItem(key))
      return isFinite(value) ? value : 0
    } catch (e) {
      return 0
    }
  }

  function write (key, value) {
    try {
      window.localStorage.setItem(key, String(value))
    } catch (e) {
      // storage refused (e.g. private browsing): this tab keeps its own time
    }
  }

  function lastActivity () {
    return Math.max(lastSeenHere, read(LAST_ACTIVITY))
  }

  function recordActivity () {
    lastSeenHere = Date.now()
    write(LAST_ACTIVITY, lastSeenHere)
  }

  function timeLeft () {
    return lastActivity() + idle - MARGIN - Date.now()
  }

  function inWords (milliseconds) {
    var seconds = Math.max(0, Math.ceil(milliseconds / 1000))
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60)
      return minutes + ' ' + (minutes === 1 ? units.minute : units.minutes)
    }
    return seconds + ' ' + (seconds === 1 ? units.second : units.seconds)
  }

  // A screen reader hears the time left when the dialog opens, then each minute, then every 15 seconds
  // in the last minute: not every second.
  function period (milliseconds) {
    var seconds = Math.max(0, Math.ceil(milliseconds / 1000))
    return seconds >= 60 ? 'm' + Math.ceil(seconds / 60) : 's' + Math.ceil(seconds / 15)
  }

  function show (left) {
    countdown.textContent = inWords(left)
    if (period(left) !== announced) {
      announced = period(left)
      announcement.textContent = inWords(left) + '.'
    }
  }

  function open (left) {
    returnFocus = document.activeElement
    announced = null
    show(left)
    dialog.showModal()
    heading.focus()
  }

  function close () {
    if (dialog.open) {
      dialog.close()
    }
    if (returnFocus && typeof returnFocus.focus === 'function') {
      returnFocus.focus()
    }
    returnFocus = null
  }

  function leave (form) {
    if (leaving) {
      return
    }
    leaving = true
    write(SIGNED_OUT, Date.now())
    form.submit()
  }

  function signedOutElsewhere () {
    return read(SIGNED_OUT) > lastActivity()
  }

  function timedOut () {
    if (leaving) {
      return
    }
    if (signedOutElsewhere() || Date.now() - lastActivity() >= idle) {
      // the session has already ended (another tab signed out, or this computer slept): nothing to post
      leaving = true
      window.location.assign(timedOutPage)
      return
    }
    leave(timeoutForm)
  }

  function stay () {
    var request = new XMLHttpRequest()
    request.open('GET', keepAlive)
    request.setRequestHeader('Cache-Control', 'no-store')
    request.onload = function () {
      // 204 only while signed in; a signed-out request is redirected to sign in
      if (request.status === 204 && request.responseURL.indexOf(keepAlive) !== -1) {
        recordActivity()
        close()
      } else {
        timedOut()
      }
    }
    request.onerror = timedOut
    request.send()
  }

  function tick () {
    if (leaving) {
      return
    }
    var left = timeLeft()
    if (left <= 0 || signedOutElsewhere()) {
      timedOut()
    } else if (left <= warning) {
      if (dialog.open) {
        show(left)
      } else {
        open(left)
      }
    } else if (dialog.open) {
      close() // another tab kept the session
    }
  }

  stayButton.addEventListener('click', stay)
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault() // Escape keeps the session, as "Stay signed in" does
    stay()
  })
  signOutLink.addEventListener('click', function (event) {
    event.preventDefault()
    leave(signOutForm)
  })
  signOutForm.addEventListener('submit', function () {
    // this page is on its way out: no tick may send it elsewhere while the sign-out is answered
    leaving = true
    write(SIGNED_OUT, Date.now())
  })
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      recordActivity()
    }
    tick()
  })

  recordActivity()
  window.setInterval(tick, 1000)
}())
