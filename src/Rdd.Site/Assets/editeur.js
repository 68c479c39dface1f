// The editor of `rdd serve` (/edition/): enhancements only — every function works with the plain forms without it.
// The « Texte » fields get a toolbar (bold, list, link) and a preview rendered by the server. No inline script or style (the site's CSP).
(function () {
  "use strict";

  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "editor-secondary";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  // Wraps the selection of the text area in `before` and `after` (or inserts `placeholder` between them), then selects the result's inside.
  function wrap(area, before, after, placeholder) {
    var start = area.selectionStart, end = area.selectionEnd;
    var inside = area.value.slice(start, end) || placeholder;
    area.setRangeText(before + inside + after, start, end, "end");
    area.setSelectionRange(start + before.length, start + before.length + inside.length);
    area.focus();
  }

  // Starts each selected line (or the current one) with « - ».
  function list(area) {
    var start = area.value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var end = area.selectionEnd;
    var lines = area.value.slice(start, end).split("\n").map(function (line) { return /^- /.test(line) ? line : "- " + line; });
    area.setRangeText(lines.join("\n"), start, end, "select");
    area.focus();
  }

  function enhance(field) {
    var area = field.querySelector("textarea");
    var form = field.closest("form");
    if (!area || !form) { return; }
    var toolbar = document.createElement("div");
    toolbar.className = "editor-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Mise en forme du texte");
    toolbar.setAttribute("aria-controls", area.id);
    toolbar.appendChild(button("Gras", function () { wrap(area, "**", "**", "texte en gras"); }));
    toolbar.appendChild(button("Liste", function () { list(area); }));
    toolbar.appendChild(button("Lien", function () { wrap(area, "[", "](https://)", "texte du lien"); }));
    var preview = document.createElement("div");
    preview.className = "editor-preview";
    preview.id = area.id + "-apercu";
    preview.setAttribute("aria-live", "polite");
    preview.hidden = true;
    toolbar.appendChild(button("Aperçu", function () {
      var data = new FormData();
      data.append("jeton", form.querySelector("input[name=jeton]").value);
      data.append("fichier", (form.querySelector("input[name=fichier]") || { value: "" }).value);
      data.append("texte", area.value);
      fetch("/edition/apercu", { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          preview.innerHTML = "<p class=\"editor-field-help\">Aperçu du texte tel que le site le montrera :</p>" + html;
          preview.hidden = false;
        })
        .catch(function () {
          preview.textContent = "L'aperçu n'a pas pu être affiché ; le texte sera vérifié à l'enregistrement.";
          preview.hidden = false;
        });
    }));
    area.parentNode.insertBefore(toolbar, area);
    area.parentNode.insertBefore(preview, area.nextSibling);
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-markdown]"), enhance);
})();
