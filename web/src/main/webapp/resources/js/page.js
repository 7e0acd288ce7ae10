/* Progressive enhancement for the self-service page; everything works without it.
   No inline script anywhere: the Content-Security-Policy forbids it. */
(function () {
  'use strict';

  // Searchable country list: the search box filters the options of its select.
  document.querySelectorAll('.country-search').forEach(function (search) {
    var select = document.getElementById(search.getAttribute('data-filters'));
    if (!select) { return; }
    search.addEventListener('input', function () {
      var needle = search.value.trim().toLowerCase();
      var firstMatch = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var match = !needle || option.text.toLowerCase().indexOf(needle) >= 0;
        option.hidden = !match;
        if (match && !firstMatch) { firstMatch = option; }
      });
      if (firstMatch && select.selectedOptions[0] && select.selectedOptions[0].hidden) {
        select.value = firstMatch.value;
        select.dispatchEvent(new Event('change'));
      }
    });
  });

  // Resend countdown: the server says how many seconds remain; the button counts them down.
  document.querySelectorAll('[data-wait]').forEach(function (button) {
    var seconds = parseInt(button.getAttribute('data-wait'), 10) || 0;
    if (seconds <= 0) { return; }
    var label = button.value;
    var template = button.getAttribute('data-wait-label') || '{0}';
    button.disabled = true;
    var tick = function () {
      if (seconds <= 0) {
        button.disabled = false;
        button.value = label;
        return;
      }
      button.value = template.replace('{0}', seconds);
      seconds -= 1;
      setTimeout(tick, 1000);
    };
    tick();
  });

  // Number fields are checked as the user types, with the server's own rules.
  document.querySelectorAll('[data-check-phone]').forEach(function (input) {
    var select = document.getElementById(input.getAttribute('data-check-phone'));
    var live = document.getElementById(input.getAttribute('aria-describedby'));
    var timer = null;
    var asked = 0;
    var check = function () {
      var question = ++asked;
      if (!input.value.trim()) {
        input.removeAttribute('aria-invalid');
        return;
      }
      var url = 'phone-check?region=' + encodeURIComponent(select ? select.value : 'CN') +
        '&number=' + encodeURIComponent(input.value) + '&lang=' + encodeURIComponent(input.getAttribute('data-lang') || '');
      fetch(url, { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (question !== asked) { return; } // a later check is on its way: its answer counts
          input.setAttribute('aria-invalid', answer.valid ? 'false' : 'true');
          if (live) {
            live.textContent = answer.message;
            live.className = answer.valid ? 'live' : 'live invalid';
          }
        })
        .catch(function () { /* the server checks again on submit */ });
    };
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(check, 350);
    });
    if (select) { select.addEventListener('change', check); }
  });

  // Codes: keep only digits, so a pasted "123 456" or "１２３４５６" just works.
  document.querySelectorAll('[data-code]').forEach(function (input) {
    input.addEventListener('input', function () {
      var digits = input.value.replace(/[０-９]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0xFEE0); })
        .replace(/\D/g, '');
      if (digits !== input.value) { input.value = digits; }
    });
  });

  // WebOTP: where the browser has it, the code in the SMS (its last line "@host #code") is offered
  // for the code field the user is at, else the first empty one. Asked once per page; cancelled
  // when a form is sent, so a late answer never fills a page that is leaving.
  var codeFields = document.querySelectorAll('[data-code]');
  if ('OTPCredential' in window && codeFields.length > 0 && window.AbortController) {
    var asking = new AbortController();
    var lastFocused = null;
    codeFields.forEach(function (field) {
      field.setAttribute('data-webotp', 'asking');
      field.addEventListener('focus', function () { lastFocused = field; });
    });
    document.querySelectorAll('form').forEach(function (form) {
      form.addEventListener('submit', function () {
        asking.abort();
        codeFields.forEach(function (field) { field.setAttribute('data-webotp', 'cancelled'); });
      });
    });
    navigator.credentials.get({ otp: { transport: ['sms'] }, signal: asking.signal })
      .then(function (otp) {
        var target = lastFocused || Array.prototype.find.call(codeFields, function (field) { return !field.value; });
        if (otp && otp.code && target) {
          target.value = otp.code;
          target.setAttribute('data-webotp', 'filled');
        }
      })
      .catch(function () { /* cancelled, refused or unavailable: the user types the code */ });
  }
})();
