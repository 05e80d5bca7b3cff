// The first script of taskpane.html, before office.js and the bundles. Written in ES5 so that every
// webview Office has ever used can run it (test/taskpane/shippedScripts.test.ts parses it as ES5).
// 1. Internet Explorer (Trident) and the original Edge (EdgeHTML) webviews cannot run the task pane:
//    it shows a plain message saying which Excel versions are supported instead of a blank pane, as
//    Microsoft asks ("Browsers and webview controls used by Office Add-ins"; AppSource validation
//    policy 1120.3).
// 2. It notes when office.js fails to load (its script's `error` event), so the task pane can run as a
//    plain web page at once instead of waiting for an Office that will never answer (officeHost.ts).
/* global window, document */
(function () {
  "use strict";
  var agent = window.navigator.userAgent;
  var unsupported = agent.indexOf("Trident/") !== -1 || agent.indexOf("Edge/") !== -1;

  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target.tagName === "SCRIPT" && /\/office\.js(\?|$)/.test(target.src)) window.cqcOfficeScriptFailed = true;
    },
    true
  );

  if (!unsupported) return;
  window.cqcUnsupportedWebview = true;
  function showMessage() {
    var root = document.getElementById("root");
    if (!root) return;
    root.innerHTML =
      '<div role="alert" style="font-family: Segoe UI, sans-serif; padding: 1rem; line-height: 1.4">' +
      "<h1 style=\"font-size: 1.2rem\">This version of Excel cannot run CQC Recovery Assurance</h1>" +
      "<p>The add-in needs Excel on the web, Excel for Microsoft 365 (Windows Version 2101 or later, or Mac), " +
      "or Excel 2021 or later on Windows or Mac. This copy of Excel uses an older web browser component " +
      "(Internet Explorer or the original Edge), which cannot run it.</p>" +
      "<p>Open the workbook in Excel on the web, or update Office, and open the add-in again.</p>" +
      "</div>";
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showMessage);
  else showMessage();
})();
