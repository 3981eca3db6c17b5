// The HTML export's page: zoom and pan over the map, search, a card's details, personas and findings.
// Everything the user wrote arrives as JSON data and is shown with textContent only, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("jmap-data").textContent);
  var words = data.words;
  var svg = document.getElementById("map");
  var full = svg.viewBox.baseVal;
  var home = { x: full.x, y: full.y, w: full.width, h: full.height };
  var view = { x: home.x, y: home.y, w: home.w, h: home.h };
  var hits = new Map();
  Array.prototype.forEach.call(svg.querySelectorAll(".hit"), function (el) {
    var list = hits.get(el.dataset.id) || [];
    list.push(el);
    hits.set(el.dataset.id, list);
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // ---------------------------------------------------------------- zoom and pan
  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
    document.getElementById("zoom-level").textContent = Math.round((100 * home.w) / view.w) + " %";
  }

  function toMap(clientX, clientY) {
    var m = svg.getScreenCTM();
    if (!m) return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    var p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  }

  function zoom(factor, at) {
    var w = Math.min(home.w * 4, Math.max(home.w / 40, view.w / factor));
    var k = w / view.w;
    var c = at || { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    view.x = c.x - (c.x - view.x) * k;
    view.y = c.y - (c.y - view.y) * k;
    view.w = w;
    view.h = view.h * k;
    apply();
  }

  function fit() {
    view = { x: home.x, y: home.y, w: home.w, h: home.h };
    apply();
  }

  function show(rect) {
    // centre a box on screen at a size where its text reads (at least 100 %)
    var w = Math.min(home.w, Math.max(rect.width * 5, home.w / 3));
    view.h = (view.h * w) / view.w;
    view.w = w;
    view.x = rect.x + rect.width / 2 - w / 2;
    view.y = rect.y + rect.height / 2 - view.h / 2;
    apply();
  }

  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    zoom(Math.pow(1.0015, -event.deltaY), toMap(event.clientX, event.clientY));
  }, { passive: false });

  var drag = null;
  svg.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, moved: false, view: { x: view.x, y: view.y } };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    svg.classList.add("panning");
    var m = svg.getScreenCTM();
    var scale = m ? m.a : 1;
    view.x = drag.view.x - dx / scale;
    view.y = drag.view.y - dy / scale;
    apply();
  });
  svg.addEventListener("pointerup", function (event) {
    var wasClick = drag && !drag.moved;
    drag = null;
    svg.classList.remove("panning");
    if (!wasClick) return;
    var target = document.elementsFromPoint(event.clientX, event.clientY).find(function (node) {
      return node.classList && node.classList.contains("hit");
    });
    if (target) select(target.dataset.id);
  });

  document.getElementById("zoom-in").addEventListener("click", function () { zoom(1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(0.8); });
  document.getElementById("zoom-fit").addEventListener("click", fit);

  // ---------------------------------------------------------------- details of a card, note or stage
  var selected = null;

  function mark(id, cls, on) {
    (hits.get(id) || []).forEach(function (node) { node.classList.toggle(cls, on); });
  }

  function select(id) {
    if (selected !== null) mark(selected, "selected", false);
    selected = id;
    mark(id, "selected", true);
    var item = Object.prototype.hasOwnProperty.call(data.items, id) ? data.items[id] : null;
    var box = document.getElementById("details");
    clear(box);
    if (!item) return;
    box.appendChild(el("p", item.kind, "kind"));
    box.appendChild(el("h2", item.title));
    if (item.where) box.appendChild(el("p", item.where, "where"));
    var list = el("dl");
    item.fields.forEach(function (pair) {
      list.appendChild(el("dt", pair[0]));
      var values = Array.isArray(pair[1]) ? pair[1] : [pair[1]];
      values.forEach(function (value) { list.appendChild(el("dd", value)); });
    });
    box.appendChild(list);
    tab("details");
  }

  // ---------------------------------------------------------------- search
  var search = document.getElementById("search");
  var found = [];
  var at = -1;

  function runSearch() {
    var query = search.value.trim().toLocaleLowerCase();
    found.forEach(function (id) { mark(id, "match", false); });
    found = [];
    at = -1;
    if (query) {
      Object.keys(data.items).forEach(function (id) {
        if (data.items[id].text.toLocaleLowerCase().indexOf(query) >= 0 && hits.has(id)) found.push(id);
      });
    }
    // in reading order: stage by stage (left to right), top to bottom within a stage
    var boxes = new Map(found.map(function (id) { return [id, hits.get(id)[0].getBBox()]; }));
    found.sort(function (a, b) {
      var p = boxes.get(a), q = boxes.get(b);
      return Math.round(p.x - q.x) || p.y - q.y;
    });
    found.forEach(function (id) { mark(id, "match", true); });
    document.getElementById("search-count").textContent = query ? found.length + " " + words.found : "";
  }

  function next(step) {
    if (!found.length) return;
    at = (at + step + found.length) % found.length;
    var id = found[at];
    show(hits.get(id)[0].getBBox());
    select(id);
  }

  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); next(event.shiftKey ? -1 : 1); }
    if (event.key === "Escape") { search.value = ""; runSearch(); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.target === search) return;
    if (event.key === "/") { event.preventDefault(); search.focus(); }
    else if (event.key === "+" || event.key === "=") zoom(1.25);
    else if (event.key === "-") zoom(0.8);
    else if (event.key === "0") fit();
    else if (event.key.indexOf("Arrow") === 0) {
      var d = event.key === "ArrowLeft" || event.key === "ArrowUp" ? -0.1 : 0.1;
      if (event.key === "ArrowLeft" || event.key === "ArrowRight") view.x += d * view.w; else view.y += d * view.h;
      apply();
    }
  });

  // ---------------------------------------------------------------- side panel: details, personas, findings
  function tab(name) {
    ["details", "personas", "findings"].forEach(function (other) {
      document.getElementById(other).hidden = other !== name;
      document.getElementById("tab-" + other).setAttribute("aria-selected", String(other === name));
    });
  }
  ["details", "personas", "findings"].forEach(function (name) {
    document.getElementById("tab-" + name).addEventListener("click", function () { tab(name); });
  });

  var people = document.getElementById("personas");
  if (!data.personas.length) people.appendChild(el("p", words.none, "where"));
  data.personas.forEach(function (persona) {
    var card = el("section", null, "persona");
    var head = el("h2", persona.name);
    var swatch = el("span", persona.marker, "swatch");
    swatch.style.color = persona.colour;  // CSSOM, not markup: allowed by the page's policy
    head.insertBefore(swatch, head.firstChild);
    card.appendChild(head);
    if (persona.role) card.appendChild(el("p", persona.role, "where"));
    if (persona.quote) card.appendChild(el("blockquote", persona.quote));
    if (persona.demographics) card.appendChild(el("p", persona.demographics));
    persona.lists.forEach(function (pair) {
      card.appendChild(el("h3", pair[0]));
      var list = el("ul");
      pair[1].forEach(function (entry) { list.appendChild(el("li", entry)); });
      card.appendChild(list);
    });
    if (persona.emotions.length) {
      card.appendChild(el("h3", words.emotions));
      var rows = el("ul");
      persona.emotions.forEach(function (entry) { rows.appendChild(el("li", entry)); });
      card.appendChild(rows);
    }
    people.appendChild(card);
  });

  var findings = document.getElementById("findings");
  findings.appendChild(el("h2", words.findings + " (" + data.findings.length + ")"));
  if (!data.findings.length) findings.appendChild(el("p", words.no_findings, "where"));
  var marked = [];
  data.findings.forEach(function (finding) {
    var row = el("button", null, "finding " + finding.severity);
    row.type = "button";
    row.appendChild(el("span", finding.label, "severity"));
    row.appendChild(el("span", finding.message));
    row.appendChild(el("span", finding.rule, "rule"));
    row.addEventListener("click", function () {
      marked.forEach(function (id) { mark(id, "flagged", false); });
      marked = finding.ids.filter(function (id) { return hits.has(id); });
      marked.forEach(function (id) { mark(id, "flagged", true); });
      if (marked.length) show(hits.get(marked[0])[0].getBBox());
    });
    findings.appendChild(row);
  });

  // ---------------------------------------------------------------- links into the page: #q=words, #item=id
  function follow() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.has("q")) { search.value = params.get("q"); runSearch(); next(1); }
    if (params.has("item") && Object.prototype.hasOwnProperty.call(data.items, params.get("item"))) {
      var id = params.get("item");
      if (hits.has(id)) show(hits.get(id)[0].getBBox());
      select(id);
    }
  }
  window.addEventListener("hashchange", follow);

  tab(data.personas.length ? "personas" : "findings");
  apply();
  follow();
  document.documentElement.dataset.ready = "1";
})();
