// The editor of `rdd serve` (/edition/): enhancements only — every function works with the plain forms without it.
// The « Texte » fields get a toolbar (bold, list, link, image) and a preview rendered by the server. No inline script or style (the site's CSP).
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

  // The alternative text as Markdown reads it (as ImagesModule.Markdown on the server).
  function markdownImage(alt, path) {
    return "![" + alt.replace(/\s+/g, " ").trim().replace(/[\[\]\\*_`]/g, "\\$&") + "](" + path + ")";
  }

  // The form's « Insérer une image » (plain, after the form's buttons) becomes a disclosure under the text, opened by
  // the toolbar's « Image »; « Insérer » puts the image's Markdown at the cursor instead of sending the form.
  function imageChooser(area, form, toolbar) {
    var chooser = form.querySelector("[data-image-chooser=\"" + area.name + "\"]");
    if (!chooser) { return; }
    var select = chooser.querySelector("select");
    var alt = chooser.querySelector("input[type=text]");
    var insert = chooser.querySelector("button[name=inserer-image]");
    var toggle = button("Image", function () {
      chooser.hidden = !chooser.hidden;
      toggle.setAttribute("aria-expanded", String(!chooser.hidden));
      if (!chooser.hidden) { (select || chooser.querySelector("a")).focus(); }
    });
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", chooser.id);
    toolbar.appendChild(toggle);
    area.parentNode.insertBefore(chooser, toolbar.nextSibling);
    chooser.hidden = true;
    function close() {
      chooser.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
    }
    chooser.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { close(); toggle.focus(); }
    });
    if (!insert) { return; }
    var error = document.createElement("span");
    error.className = "editor-field-error";
    error.id = alt.id + "-erreur-script";
    error.hidden = true;
    alt.parentNode.insertBefore(error, alt);
    function required() {
      var option = select.options[select.selectedIndex];
      alt.required = !!option && option.value !== "" && !option.getAttribute("data-alt");
    }
    select.addEventListener("change", required);
    required();
    insert.type = "button";
    insert.removeAttribute("name");
    insert.textContent = "Insérer";
    insert.addEventListener("click", function () {
      var option = select.options[select.selectedIndex];
      if (!option || option.value === "") { select.focus(); return; }
      var text = alt.value.trim() || option.getAttribute("data-alt") || "";
      if (!text) {
        error.textContent = "Écrivez le texte de remplacement de cette image\u00A0: ce qu'elle montre, pour qui ne la voit pas.";
        error.hidden = false;
        alt.setAttribute("aria-invalid", "true");
        if ((alt.getAttribute("aria-describedby") || "").indexOf(error.id) < 0) {
          alt.setAttribute("aria-describedby", ((alt.getAttribute("aria-describedby") || "") + " " + error.id).trim());
        }
        alt.focus();
        return;
      }
      error.hidden = true;
      alt.removeAttribute("aria-invalid");
      area.setRangeText(markdownImage(text, option.getAttribute("data-path")), area.selectionStart, area.selectionEnd, "end");
      alt.value = "";
      close();
      area.focus();
    });
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
    imageChooser(area, form, toolbar);
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-markdown]"), enhance);
})();
