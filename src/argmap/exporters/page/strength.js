// argmap's web page: how strong is each claim, with a slider per claim weight.
// The computation repeats argmap.evaluation.gradual (dfquad.py, energy.py) operation for
// operation, in the same order, so the numbers are the ones `argmap evaluate` gives.
// Texts are shown with textContent only.
(function () {
  "use strict";
  var source = document.getElementById("argmap-strength");
  var panel = document.getElementById("strength");
  if (!source || !panel) { return; }
  var model = JSON.parse(source.textContent);
  var pageData = JSON.parse(document.getElementById("argmap-data").textContent);
  var byId = {};
  model.nodes.forEach(function (n) { byId[n.id] = n; });
  var weights = {};
  var SVGNS = "http://www.w3.org/2000/svg";

  // ----- the semantics (mirrors dfquad.py, energy.py and gradual.py) ----------------------
  function aggregate(list) {
    var rest = 1.0;
    for (var i = 0; i < list.length; i++) { rest *= 1.0 - list[i]; }
    return 1.0 - rest;
  }
  function combine(w, attack, support) {
    if (attack >= support) { return w - w * (attack - support); }
    return w + (1.0 - w) * (support - attack);
  }
  function dfquad(w, attackers, supporters) { return combine(w, aggregate(attackers), aggregate(supporters)); }
  function h(e) { e = Math.max(e, 0.0); return e * e / (1.0 + e * e); }
  function energy(w, attackers, supporters) {
    var total = 0.0, i;
    for (i = 0; i < supporters.length; i++) { total += supporters[i]; }
    for (i = 0; i < attackers.length; i++) { total -= attackers[i]; }
    return w - w * h(-total) + (1.0 - w) * h(total);
  }
  var influence = model.semantics === "df-quad" ? dfquad : energy;

  // During a reveal only what is shown counts: a claim's strength at step 1 is its weight,
  // not the whole map's verdict (the page gives nothing away before its step).
  var shown = null;  // null: everything
  function isShown(id) { return shown === null || shown[id] === true; }

  function nodeStrength(node, strength) {
    var get = function (id) { return strength[id]; };
    var moved = influence(weights[node.id], node.attackers.filter(isShown).map(get),
                          node.supporters.filter(isShown).map(get));
    if (node.claim) { return moved; }
    var weakest = 1.0;
    if (node.premises.length) {
      weakest = strength[node.premises[0]];
      for (var i = 1; i < node.premises.length; i++) { weakest = Math.min(weakest, strength[node.premises[i]]); }
    }
    return weakest * moved;
  }

  function settle() {  // energy on a map with cycles: Runge-Kutta on ds/dt = f(s) - s
    var nodes = model.nodes, step = model.energy.step, tol = model.energy.tolerance;
    function drift(state) {
      var current = {};
      nodes.forEach(function (n, i) { current[n.id] = state[i]; });
      return nodes.map(function (n, i) { return nodeStrength(n, current) - state[i]; });
    }
    function ahead(state, k, f) { return state.map(function (s, i) { return s + f * k[i]; }); }
    var state = nodes.map(function (n) { return weights[n.id]; });
    for (var round = 0; round < model.energy.max_steps; round++) {
      var k1 = drift(state);
      var worst = 0.0;
      k1.forEach(function (d) { worst = Math.max(worst, Math.abs(d)); });
      if (worst < tol) {
        var out = {};
        nodes.forEach(function (n, i) { out[n.id] = Math.min(1.0, Math.max(0.0, state[i])); });
        return out;
      }
      var k2 = drift(ahead(state, k1, step / 2)), k3 = drift(ahead(state, k2, step / 2));
      var k4 = drift(ahead(state, k3, step));
      state = state.map(function (s, i) { return s + step / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]); });
    }
    return null;
  }

  function strengths() {
    if (!model.order) { return settle(); }
    var strength = {};
    model.order.forEach(function (id) { strength[id] = nodeStrength(byId[id], strength); });
    return strength;
  }

  // ----- the panel: a slider per claim, every strength shown ------------------------------
  function words(node) {
    if (node.claim) { return pageData.claims[node.id] ? pageData.claims[node.id].text : node.id; }
    var arg = pageData.arguments[node.id];
    if (arg && arg.label) { return arg.label; }
    if (node.premises.length === 1 && pageData.claims[node.premises[0]]) {
      return "from: " + pageData.claims[node.premises[0]].text;
    }
    return node.id;
  }
  function make(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }
  function bar(value) {
    var outer = make("span", "strength-bar"), inner = make("span", "strength-fill");
    inner.style.width = (100 * value).toFixed(1) + "%";
    outer.appendChild(inner);
    return outer;
  }

  var rows = {};
  function slider(node, row) {
    var input = make("input"), control = make("label", "strength-slider"), shown = make("span", "strength-weight");
    input.type = "range"; input.min = "0"; input.max = "1"; input.step = "0.01";
    input.value = String(node.weight);
    input.setAttribute("aria-label", "Weight of: " + words(node));
    input.setAttribute("data-id", node.id);
    input.addEventListener("input", function () { weights[node.id] = Number(input.value); update(); });
    control.appendChild(make("span", "strength-caption", "weight"));
    control.appendChild(input);
    control.appendChild(shown);
    row.slider = input;
    row.weight = shown;
    return control;
  }

  function buildRow(node) {
    var item = make("li", "strength-row"), label = make("span", "strength-text", words(node));
    var row = {item: item, value: make("span", "strength-value"), bar: bar(0)};
    item.setAttribute("data-id", node.id);
    label.setAttribute("dir", "auto");
    item.appendChild(label);
    if (node.claim) { item.appendChild(slider(node, row)); }
    var result = make("span", "strength-result");
    result.appendChild(row.bar);
    result.appendChild(row.value);
    item.appendChild(result);
    rows[node.id] = row;
    return item;
  }

  function buildPanel() {
    var list = make("ul", "strength-claims"), args = make("ul", "strength-arguments");
    model.nodes.forEach(function (node) { (node.claim ? list : args).appendChild(buildRow(node)); });
    panel.appendChild(list);
    var more = make("details", "strength-more");
    more.appendChild(make("summary", null, "Arguments: how much each passes on"));
    more.appendChild(args);
    panel.appendChild(more);
    document.getElementById("strength-reset").addEventListener("click", reset);
  }

  // A badge on each claim's box in the diagram: a small bar and the number.
  var badges = {};
  function buildBadges() {
    model.nodes.forEach(function (node) {
      if (!node.claim) { return; }
      var group = document.getElementById("map-claim-" + node.id);
      var outline = group && group.querySelector("path, polygon");
      if (!outline) { return; }
      var box = outline.getBBox(), badge = document.createElementNS(SVGNS, "g");
      badge.setAttribute("class", "strength-badge");
      var x = box.x + box.width - 62, y = box.y - 8;
      var back = document.createElementNS(SVGNS, "rect");
      back.setAttribute("x", x); back.setAttribute("y", y); back.setAttribute("width", 60);
      back.setAttribute("height", 15); back.setAttribute("rx", 3);
      var track = document.createElementNS(SVGNS, "rect");
      track.setAttribute("class", "track");
      track.setAttribute("x", x + 4); track.setAttribute("y", y + 4); track.setAttribute("width", 24);
      track.setAttribute("height", 7);
      var fill = document.createElementNS(SVGNS, "rect");
      fill.setAttribute("class", "fill");
      fill.setAttribute("x", x + 4); fill.setAttribute("y", y + 4); fill.setAttribute("height", 7);
      var text = document.createElementNS(SVGNS, "text");
      text.setAttribute("x", x + 32); text.setAttribute("y", y + 11.5);
      [back, track, fill, text].forEach(function (el) { badge.appendChild(el); });
      group.appendChild(badge);
      badges[node.id] = {fill: fill, text: text};
    });
  }

  function update() {
    var strength = strengths();
    if (!strength) { document.getElementById("strength-status").textContent = "The energy model did not settle."; return; }
    model.nodes.forEach(function (node) {
      var row = rows[node.id], s = strength[node.id];
      row.item.setAttribute("data-strength", String(s));
      row.value.textContent = s.toFixed(2);
      row.bar.firstChild.style.width = (100 * s).toFixed(1) + "%";
      if (row.slider) {
        row.item.setAttribute("data-weight", String(weights[node.id]));
        row.weight.textContent = weights[node.id].toFixed(2);
        row.item.classList.toggle("changed", weights[node.id] !== node.weight);
      }
      if (badges[node.id]) {
        badges[node.id].fill.setAttribute("width", (24 * s).toFixed(2));
        badges[node.id].text.textContent = s.toFixed(2);
      }
    });
    document.getElementById("strength-status").textContent = "";
  }

  function reset() {
    model.nodes.forEach(function (node) {
      weights[node.id] = node.weight;
      if (rows[node.id] && rows[node.id].slider) { rows[node.id].slider.value = String(node.weight); }
    });
    update();
  }

  document.addEventListener("argmap-step", function (event) {
    shown = event.detail.visible;
    update();
  });

  model.nodes.forEach(function (node) { weights[node.id] = node.weight; });
  buildPanel();
  buildBadges();
  update();
})();
