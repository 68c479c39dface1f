// Live reload and the diagnostics banner for `rdd serve` only; never part of a published site.
// Every text comes worded from the server (PreviewReport); the styles are in preview.css: no inline script or style.
(function () {
  "use strict";
  var script = document.currentScript.src;
  var banner = null;
  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = script.replace("reload.js", "preview.css");
  document.head.appendChild(style);

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function list(items) {
    var ul = element("ul");
    items.forEach(function (item) {
      var li = element("li");
      li.appendChild(element("span", "rdd-preview__severity", item.severity));
      li.appendChild(document.createTextNode(" " + item.place + " : " + item.message + " (" + item.code + ")"));
      ul.appendChild(li);
    });
    return ul;
  }

  function show(report) {
    if (!banner) {
      banner = element("section", "rdd-preview");
      banner.setAttribute("role", report.built ? "status" : "alert");
      banner.setAttribute("aria-label", "Diagnostics de la prévisualisation");
      document.body.appendChild(banner);
    }
    banner.className = report.built ? "rdd-preview rdd-preview--warnings" : "rdd-preview";
    banner.textContent = "";
    var close = element("button", "rdd-preview__close", "Masquer");
    close.type = "button";
    close.addEventListener("click", function () { banner.hidden = true; });
    banner.appendChild(close);
    banner.appendChild(element("p", "rdd-preview__title", report.title));
    if (report.items.length > 0) { banner.appendChild(list(report.items)); }
    if (report.ignoredTitle) {
      banner.appendChild(element("p", "rdd-preview__title", report.ignoredTitle));
      banner.appendChild(list(report.ignored));
    }
    banner.hidden = false;
  }

  // « Modifier cette page » (added by the preview server) leads to the form of the action the address's anchor names.
  function editLink() {
    var link = document.querySelector(".rdd-edit-link a");
    if (!link) { return; }
    var base = link.getAttribute("href").replace(/&ancre=.*$/, "");
    link.setAttribute("href", location.hash.length > 1 ? base + "&ancre=" + encodeURIComponent(decodeURIComponent(location.hash.slice(1))) : base);
  }
  editLink();
  window.addEventListener("hashchange", editLink);

  var source = new EventSource(script.replace("reload.js", "events"));
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("diagnostics", function (event) { show(JSON.parse(event.data)); });
})();
