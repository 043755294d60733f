/* Messages page: follow each call-back bridge ("Oddzwoń") while it runs, without reloading.
   When it ends the page reloads once, to show the outcome and "oznacz jako załatwione".
   Without JavaScript the page refreshes itself (<noscript> meta refresh). */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("[data-bridge-active='1']");
  Array.prototype.forEach.call(boxes, function (box) {
    var url = box.getAttribute("data-bridge-status");
    var status = box.querySelector(".bridge-status");
    var shown = status.textContent;

    function poll() {
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (found) {
          if (!found.active) {
            window.location.reload();
            return;
          }
          var text = "Połączenie: " + found.label;
          if (text !== shown) { // announced once per change, not on every poll
            shown = text;
            status.textContent = "Połączenie: ";
            var strong = document.createElement("strong");
            strong.textContent = found.label;
            status.appendChild(strong);
          }
          window.setTimeout(poll, 1500);
        })
        .catch(function () { window.setTimeout(poll, 4000); });
    }
    window.setTimeout(poll, 1500);
  });
})();
