/* Staff pages: error-summary links, and the audio build's progress. */

/* An error link focuses its field and scrolls the field's label and error message into view
   with it (the browser alone puts the field itself at the very top). */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) { return; }
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) { return; }
    var field = target.closest(".field") || target;
    event.preventDefault();
    target.focus({ preventScroll: true });
    // The whole field from its label when it fits; otherwise the input at the bottom of the
    // window, with as much of its label and message above it as there is room for.
    var margin = parseFloat(getComputedStyle(field).scrollMarginTop) || 0;
    if (target.getBoundingClientRect().bottom - field.getBoundingClientRect().top + margin <= window.innerHeight) {
      field.scrollIntoView({ block: "start" });
    } else {
      target.scrollIntoView({ block: "end" });
    }
  });
})();

/* Follow the audio build's progress without reloading the page.
   Without JavaScript the page refreshes itself (<noscript> meta refresh). */
(function () {
  "use strict";
  var section = document.getElementById("build-section");
  if (!section || section.getAttribute("data-state") !== "running") {
    return;
  }
  var url = section.getAttribute("data-status-url");
  var bar = document.getElementById("build-bar");
  var text = document.getElementById("build-text");
  var announced = -1;

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (status) {
        if (!status.running) {
          window.location.reload(); // the page then shows the summary
          return;
        }
        bar.max = status.total || 1;
        bar.value = status.done;
        bar.textContent = status.percent + "%";
        // Announce every quarter only, so a screen reader is not interrupted all the time.
        var quarter = Math.floor(status.percent / 25);
        if (quarter !== announced) {
          announced = quarter;
          text.textContent = "Trwa generowanie nagrań: gotowe " + status.done + " z " + status.total + " komunikatów.";
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();

/* At 600 px and below the main menu folds behind a "Menu" button (aria-expanded), so the header
   stays small on a phone. Without JavaScript the button stays hidden and the menu shown. */
(function () {
  "use strict";
  var button = document.querySelector(".menu-button");
  var nav = document.getElementById("menu-glowne");
  if (!button || !nav || !window.matchMedia) { return; }
  var narrow = window.matchMedia("(max-width: 600px)");

  function show(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("folded", !open);
  }
  function fit() {
    button.hidden = !narrow.matches;
    show(!narrow.matches);
  }
  button.addEventListener("click", function () {
    show(button.getAttribute("aria-expanded") !== "true");
  });
  if (narrow.addEventListener) { narrow.addEventListener("change", fit); }
  fit();
})();

/* After a save the address names the message next to the saved item (#zapisano): the browser
   scrolls there and focuses it. Should anything have taken the focus first, it goes back there. */
(function () {
  "use strict";
  var saved = document.getElementById("zapisano");
  if (!saved) { return; }
  window.addEventListener("load", function () {
    if (document.activeElement !== saved) { saved.focus({ preventScroll: true }); }
  });
})();
