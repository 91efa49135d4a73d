// Live parts of the page, from /live/events (the web app's relay of the signed-in user's notifications, SSE).
// An element with data-live="<link>" is told "live" (an htmx trigger, so its hx-get fetches it again) when a
// notification with that link arrives; data-live="*" on every notification (the bell). Same origin, no inline
// script: allowed by the Content-Security-Policy. Frames are read as data only, never as HTML.
(function () {
  'use strict';
  if (!window.EventSource || !document.querySelector('[data-live]')) {
    return;
  }
  var retry = 2000;

  function tell(link) {
    if (!window.htmx) {
      return;
    }
    document.querySelectorAll('[data-live]').forEach(function (element) {
      var wanted = element.getAttribute('data-live');
      if (wanted === '*' || wanted === link) {
        window.htmx.trigger(element, 'live');
      }
    });
  }

  function connect() {
    var source = new EventSource('/live/events');
    source.addEventListener('hello', function () {
      retry = 2000;
    });
    source.addEventListener('notification', function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      tell(typeof frame.link === 'string' ? frame.link : '');
    });
    source.addEventListener('error', function () {
      // The browser reconnects by itself after a dropped stream; a refusal (401, 503) closes it for good: try
      // again later, backing off, in case the shop comes back or the user signs in again in another tab.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 60000);
      }
    });
  }

  connect();
})();
