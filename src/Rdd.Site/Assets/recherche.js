// Rdd — « Rechercher dans le rapport ». Progressive enhancement of /recherche/: without this script the page is an
// A–Z index of every action; with it, the search form (hidden in the HTML) appears and answers from recherche/index.json.
// Matching: accents and case ignored, every word typed must begin a word (« velo » finds « vélos »), or be one typo
// away from one when it has six characters or more (« assainisement » finds « assainissement »). An action is found by
// its title, its section’s title, its text, the strategy terms it is attached to and its section’s introduction, ranked
// in that order, whole words before beginnings of words before typos; the other entries (parts, glossary, key figures,
// indicators, strategy terms) by their title, then their text. The same normalisation is done in C# by Rdd.Site.Search.SearchText.
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

  // Where a word was found, in the order results are ranked; each place ranks whole words, then beginnings, then typos.
  var TITLE = 0;
  var SECTION = 1;
  var TEXT = 2;
  var TERM = 3;
  var INTRODUCTION = 4;
  var WHOLE = 0;
  var BEGINNING = 1;
  var TYPO = 2;
  var KINDS = 3;
  var TYPO_LENGTH = 6;
  var fields = null;
  var attached = null;

  function vocabulary(lists) {
    var map = new Map();
    lists.forEach(function (list, i) {
      list.forEach(function (w) {
        var found = map.get(w);
        if (!found) {
          map.set(w, [i]);
        } else if (found[found.length - 1] !== i) {
          found.push(i);
        }
      });
    });
    return map;
  }

  function stored(text) {
    return text ? text.split(' ') : [];
  }

  // The words of the index by place, each with the items it is found in; made once, at the first search.
  function prepare() {
    if (fields) {
      return;
    }
    var entries = index.e || [];
    fields = {
      actionTitle: vocabulary(index.actions.map(function (a) { return words(a.t); })),
      actionText: vocabulary(index.actions.map(function (a) { return stored(a.w); })),
      sectionTitle: vocabulary(index.sections.map(function (s) { return words(s.t); })),
      sectionIntroduction: vocabulary(index.sections.map(function (s) { return stored(s.i); })),
      entryTitle: vocabulary(entries.map(function (e) { return words(e.t); })),
      entryText: vocabulary(entries.map(function (e) { return stored(e.w); }))
    };
    index.e = entries;
    // The actions attached to each term of the strategy, by the term's key.
    attached = new Map();
    index.actions.forEach(function (action, i) {
      (action.x || []).forEach(function (key) {
        var list = attached.get(key);
        if (!list) {
          attached.set(key, [i]);
        } else {
          list.push(i);
        }
      });
    });
  }

  // The actions attached to the terms a typed word is found in: each with how, and the first such term.
  function byTerms(entryTitle, entryText) {
    var found = new Map();
    var terms = new Map();
    index.e.forEach(function (entry, e) {
      if (!entry.x) {
        return;
      }
      var kinds = [entryTitle.get(e), entryText.get(e)].filter(function (k) { return k !== undefined; });
      if (kinds.length === 0) {
        return;
      }
      var kind = Math.min.apply(null, kinds);
      (attached.get(entry.x) || []).forEach(function (i) {
        var known = found.get(i);
        if (known === undefined || kind < known) {
          found.set(i, kind);
          terms.set(i, e);
        }
      });
    });
    return { found: found, terms: terms };
  }

  // Whether a[i..] begins b[j..].
  function begins(a, i, b, j) {
    return b.length - j >= a.length - i && b.substr(j, a.length - i) === a.substr(i);
  }

  // Whether one typo (a letter replaced, added, left out, or two letters swapped) makes the typed word begin the word.
  function oneTypo(typed, word) {
    var i = 0;
    while (i < typed.length && i < word.length && typed[i] === word[i]) {
      i++;
    }
    return begins(typed, i + 1, word, i + 1)
      || begins(typed, i + 1, word, i)
      || begins(typed, i, word, i + 1)
      || (typed[i] === word[i + 1] && typed[i + 1] === word[i] && begins(typed, i + 2, word, i + 2));
  }

  // The items of one place a typed word is found in, each with how: whole word, beginning of a word, or one typo. An
  // action's text stores no word that begins another of its words (« energie » beside « energies »): such a word, typed
  // whole, ranks there as a beginning; titles, whose words the script reads itself, tell the two apart exactly.
  function lookUp(map, term) {
    var found = new Map();
    var tolerant = term.length >= TYPO_LENGTH;
    map.forEach(function (items, word) {
      var kind = word === term ? WHOLE : word.lastIndexOf(term, 0) === 0 ? BEGINNING : tolerant && oneTypo(term, word) ? TYPO : -1;
      if (kind < 0) {
        return;
      }
      items.forEach(function (item) {
        var known = found.get(item);
        if (known === undefined || kind < known) {
          found.set(item, kind);
        }
      });
    });
    return found;
  }

  // Each item found by every term, with its rank (the lower, the better) and where each term was found.
  function rank(count, terms, places) {
    var results = [];
    for (var item = 0; item < count; item++) {
      var score = 0;
      var where = [];
      var termEntries = [];
      var typo = false;
      for (var t = 0; t < terms.length && score >= 0; t++) {
        var best = -1;
        var bestPlace = -1;
        var bestTerm = -1;
        places(item, t).forEach(function (candidate) {
          var kind = candidate.found.get(candidate.item);
          if (kind !== undefined && (best < 0 || candidate.place * KINDS + kind < best)) {
            best = candidate.place * KINDS + kind;
            bestPlace = candidate.place;
            bestTerm = candidate.terms ? candidate.terms.get(candidate.item) : -1;
          }
        });
        if (best < 0) {
          score = -1;
        } else {
          score += best;
          typo = typo || best % KINDS === TYPO;
          if (where.indexOf(bestPlace) < 0) {
            where.push(bestPlace);
          }
          if (bestTerm >= 0 && termEntries.indexOf(bestTerm) < 0) {
            termEntries.push(bestTerm);
          }
        }
      }
      if (score >= 0) {
        results.push({ item: item, score: score, where: where.sort(), terms: termEntries, typo: typo });
      }
    }
    return results.sort(function (a, b) { return a.score - b.score || a.item - b.item; });
  }

  function sentence(parts) {
    return parts.length < 2 ? parts.join('') : parts.slice(0, -1).join(', ') + ' et ' + parts[parts.length - 1];
  }

  function where(result, section, termCount) {
    var places = result.where.map(function (place) {
      switch (place) {
        case TITLE: return 'dans le titre';
        case SECTION: return 'dans la section ' + section.t;
        case TEXT: return 'dans le texte';
        case TERM: return sentence(result.terms.map(function (e) {
          return 'dans le terme \u00ab\u00a0' + index.e[e].t + '\u00a0\u00bb du référentiel ' + index.e[e].d + ', auquel l\u2019action est rattachée';
        }));
        default: return 'dans l\u2019introduction de la section ' + section.t;
      }
    });
    return (termCount > 1 ? 'Mots trouvés ' : 'Mot trouvé ') + sentence(places) + (result.typo ? ' (orthographe voisine)' : '') + '.';
  }

  var ENTRY_PLACES = {
    p: 'dans les titres des parties',
    g: 'dans le glossaire',
    c: 'dans les chiffres clés',
    i: 'dans les indicateurs',
    r: 'dans le référentiel'
  };

  function entryWhere(entry, termCount, typo) {
    var place = ENTRY_PLACES[entry.k] || 'dans le rapport';
    if (entry.k === 'r' && entry.d) {
      place += ' ' + entry.d;
    }
    return (termCount > 1 ? 'Mots trouvés ' : 'Mot trouvé ') + place + (typo ? ' (orthographe voisine)' : '') + '.';
  }

  function item(href, text, meta, found) {
    var li = element('li');
    li.appendChild(link(href, text));
    if (meta.length) {
      li.appendChild(element('span', 'action-list-meta', ' — ' + meta.join(' · ')));
    }
    if (found) {
      li.appendChild(element('span', 'search-where', found));
    }
    return li;
  }

  function render(actions, entries, termCount) {
    list.textContent = '';
    if (actions.length) {
      list.appendChild(element('h3', 'search-part', plural(actions.length, 'action', 'actions')));
      var ol = element('ol', 'action-list search-hits');
      ol.id = 'recherche-actions';
      actions.forEach(function (result) {
        var action = index.actions[result.item];
        var section = index.sections[action.s];
        var meta = ['Partie ' + action.p + ' — ' + section.t];
        if (action.a) {
          meta.push(action.a);
        }
        if (action.f.length) {
          meta.push(action.f.map(function (code) { return index.finalites[code] || code; }).join(', '));
        }
        ol.appendChild(item(section.h + '#' + action.id, action.t, meta, termCount > 0 ? where(result, section, termCount) : null));
      });
      list.appendChild(ol);
    }
    if (entries.length) {
      list.appendChild(element('h3', 'search-part', 'Ailleurs dans le rapport'));
      var ul = element('ol', 'action-list search-hits');
      ul.id = 'recherche-autres';
      entries.forEach(function (result) {
        var entry = index.e[result.item];
        ul.appendChild(item(entry.h, entry.t, entry.d && entry.k !== 'r' ? [entry.d] : [], entryWhere(entry, termCount, result.typo)));
      });
      list.appendChild(ul);
    }
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

    prepare();
    var found = terms.map(function (t) {
      var entryTitle = lookUp(fields.entryTitle, t);
      var entryText = lookUp(fields.entryText, t);
      return {
        actionTitle: lookUp(fields.actionTitle, t),
        actionText: lookUp(fields.actionText, t),
        sectionTitle: lookUp(fields.sectionTitle, t),
        sectionIntroduction: lookUp(fields.sectionIntroduction, t),
        entryTitle: entryTitle,
        entryText: entryText,
        actionTerm: byTerms(entryTitle, entryText)
      };
    });
    var actions = rank(index.actions.length, terms, function (i, t) {
      var s = index.actions[i].s;
      return [
        { place: TITLE, found: found[t].actionTitle, item: i },
        { place: SECTION, found: found[t].sectionTitle, item: s },
        { place: TEXT, found: found[t].actionText, item: i },
        { place: TERM, found: found[t].actionTerm.found, terms: found[t].actionTerm.terms, item: i },
        { place: INTRODUCTION, found: found[t].sectionIntroduction, item: s }
      ];
    }).filter(function (result) {
      var action = index.actions[result.item];
      return (codes.length === 0 || codes.some(function (c) { return action.f.indexOf(c) >= 0; }))
        && (!term || (action.x || []).indexOf(term) >= 0);
    });
    // The other entries have no finalité nor term: a filter leaves them out.
    var entries = terms.length === 0 || codes.length > 0 || term ? [] : rank((index.e || []).length, terms, function (i, t) {
      return [
        { place: TITLE, found: found[t].entryTitle, item: i },
        { place: TEXT, found: found[t].entryText, item: i }
      ];
    });

    var count = actions.length + entries.length;
    var labels = codes.map(function (c) { return index.finalites[c] || c; });
    var what = terms.length > 0 ? ' pour \u00ab\u00a0' + text + '\u00a0\u00bb' : '';
    var filter = labels.length > 0 ? (labels.length > 1 ? ', finalités\u00a0: ' : ', finalité\u00a0: ') + labels.join(', ') : '';
    var termFilter = term ? ', rattachées à\u00a0: ' + termSelect.options[termSelect.selectedIndex].text : '';
    status.textContent = (count === 0 ? 'Aucun résultat' : plural(count, 'résultat', 'résultats')) + what + filter + termFilter;
    render(actions, entries, terms.length);
    results.hidden = count === 0;
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
      // The word tables take a few hundred milliseconds on thousands of actions: made as soon as the page is idle, not
      // at the first search.
      window.setTimeout(prepare, 0);
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
