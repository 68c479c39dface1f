// Live reload for `rdd serve` only; never part of a published site.
(function () {
  "use strict";
  var banner = null;
  function showErrors(errors) {
    if (!banner) {
      banner = document.createElement("div");
      banner.setAttribute("role", "alert");
      banner.style.position = "fixed";
      banner.style.insetInline = "0";
      banner.style.bottom = "0";
      banner.style.maxHeight = "40vh";
      banner.style.overflow = "auto";
      banner.style.padding = "1rem";
      banner.style.background = "#7a0b0b";
      banner.style.color = "#ffffff";
      banner.style.font = "0.9rem/1.4 ui-monospace, monospace";
      banner.style.zIndex = "1000";
      document.body.appendChild(banner);
    }
    banner.textContent = "";
    var title = document.createElement("p");
    title.textContent = "Le contenu a des erreurs ; cette page montre le dernier site valide.";
    title.style.fontWeight = "bold";
    banner.appendChild(title);
    errors.forEach(function (error) {
      var line = document.createElement("p");
      line.textContent = error;
      banner.appendChild(line);
    });
  }
  var source = new EventSource(document.currentScript.src.replace("reload.js", "events"));
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("errors", function (event) { showErrors(JSON.parse(event.data)); });
})();
