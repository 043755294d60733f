/* Staff pages: follow the audio build's progress without reloading the page.
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
