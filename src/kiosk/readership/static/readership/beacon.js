// Kiosk's view beacon: after the page has loaded, tell the portal this article was read.
// The page is served from a cache; the count happens here, never in the page request.
(function () {
  "use strict";
  var script = document.currentScript;
  var article = script && script.getAttribute("data-article");
  if (!article || document.visibilityState === "prerender") return;
  var url = script.getAttribute("data-url") || "/beacon/";
  var sent = false;
  function send() {
    if (sent || document.visibilityState !== "visible") return;
    sent = true;
    var body = new URLSearchParams({ a: article });
    if (navigator.sendBeacon && navigator.sendBeacon(url, body)) return;
    if (window.fetch) {
      fetch(url, { method: "POST", body: body, keepalive: true, credentials: "same-origin" });
    }
  }
  if (document.readyState === "complete") send();
  else window.addEventListener("load", send);
  // A page opened in a background tab counts when the reader first looks at it.
  document.addEventListener("visibilitychange", send);
})();
