// Rdd — « Rechercher dans le rapport ». Progressive enhancement of /recherche/: without this script the page is an
// A–Z index of every action; with it, the search form (hidden in the HTML) appears and answers from recherche/index.json.
// Matching: accents and case ignored, every word typed must begin a word of the action (« velo » finds « vélos »).
// The same normalisation is done in C# by Rdd.Site.Search.SearchText when the index is written.
(function () {
  'use strict';

  var form = document.getElementById('recherche-formulaire');
  if (!form || !window.fetch || !document.querySelector) {
    return;
  }

  var input = document.getElementById('recherche-texte');
  var status = document.getElementById('recherche-statut');
  var results = document.getElementById('recherche-resultats');
  var list = document.getElementById('recherche-liste');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="f"]'));
  var termSelect = document.getElementById('recherche-terme');
  var index = null;
  var timer = 0;

  function normalize(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  }

  function words(text) {
    return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) {
      return w.length > 1 || /^\p{N}$/u.test(w);
    });
  }

  function plural(n, one, many) {
    return n.toLocaleString('fr-FR') + ' ' + (n > 1 ? many : one);
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function link(href, text) {
    var a = element('a', null, text);
    a.href = href;
    return a;
  }

  function render(found) {
    list.textContent = '';
    var part = null;
    var section = -1;
    var ul = null;
    found.forEach(function (action) {
      if (action.p !== part) {
        part = action.p;
        var title = index.parts.filter(function (p) { return p.n === part; })[0];
        list.appendChild(element('h3', 'search-part', title ? title.t : 'Partie ' + part));
      }
      if (action.s !== section) {
        section = action.s;
        var heading = element('h4', 'search-section');
        heading.appendChild(link(index.sections[section].h, index.sections[section].t));
        list.appendChild(heading);
        ul = element('ul', 'action-list');
        list.appendChild(ul);
      }
      var li = element('li');
      li.appendChild(link(action.h, action.t));
      var meta = [];
      if (action.a) {
        meta.push(action.a);
      }
      if (action.f.length) {
        meta.push(action.f.map(function (code) { return index.finalites[code] || code; }).join(', '));
      }
      if (meta.length) {
        li.appendChild(element('span', 'action-list-meta', ' — ' + meta.join(' · ')));
      }
      ul.appendChild(li);
    });
  }

  function search() {
    var text = input.value.trim();
    var terms = words(text);
    var codes = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var term = termSelect ? termSelect.value : '';
    if (terms.length === 0 && codes.length === 0 && !term) {
      results.hidden = true;
      list.textContent = '';
      status.textContent = text.length > 0 ? 'Saisissez un mot d\u2019au moins deux lettres.' : '';
      return;
    }

    var found = index.actions.filter(function (action) {
      var haystack = ' ' + action.w;
      return terms.every(function (t) { return haystack.indexOf(' ' + t) >= 0; })
        && (codes.length === 0 || codes.some(function (c) { return action.f.indexOf(c) >= 0; }))
        && (!term || (action.x || []).indexOf(term) >= 0);
    });

    var labels = codes.map(function (c) { return index.finalites[c] || c; });
    var what = terms.length > 0 ? ' pour \u00ab\u00a0' + text + '\u00a0\u00bb' : '';
    var filter = labels.length > 0 ? (labels.length > 1 ? ', finalités\u00a0: ' : ', finalité\u00a0: ') + labels.join(', ') : '';
    var termFilter = term ? ', rattachées à\u00a0: ' + termSelect.options[termSelect.selectedIndex].text : '';
    status.textContent = (found.length === 0 ? 'Aucun résultat' : plural(found.length, 'résultat', 'résultats')) + what + filter + termFilter;
    render(found);
    results.hidden = found.length === 0;
  }

  var loading = fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (data) {
      index = data;
    });

  function run() {
    loading.then(search, function () {
      status.textContent = 'La recherche est indisponible : utilisez l\u2019index de A à Z ci-dessous.';
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    run();
  });
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 350);
  });
  boxes.forEach(function (box) {
    box.addEventListener('change', run);
  });
  if (termSelect) {
    termSelect.addEventListener('change', run);
  }

  form.hidden = false;
  var withoutScript = document.getElementById('recherche-sans-script');
  if (withoutScript) {
    withoutScript.hidden = true;
  }
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
})();
