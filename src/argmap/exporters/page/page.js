// argmap's web page: details on hover and click, the chain to the conclusion, reveal steps.
// Map texts reach the page only as JSON data and are shown with textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var diagram = document.getElementById("diagram");
  var PREFIX = "map-";
  var pinned = null;
  var step = data.steps.length - 1;

  function element(id) { return document.getElementById(PREFIX + id); }
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }

  // Every SVG element that draws an argument (its junction or arrow, and its lines).
  function argumentParts(argId) {
    var arg = data.arguments[argId], parts = [element("arg-" + argId), element("arg-" + argId + "-target")];
    arg.premises.forEach(function (p) { parts.push(element("arg-" + argId + "-premise-" + p)); });
    return parts.filter(Boolean);
  }

  function claimPart(claimId) { return element("claim-" + claimId); }

  // ----- details panel -------------------------------------------------------------
  function show(id) {
    var claim = data.claims[id], arg = data.arguments[id];
    document.getElementById("details-empty").hidden = true;
    document.getElementById("details-body").hidden = false;
    var kind = "", text = "", speaker = "", quote = "", note = "";
    if (claim) {
      kind = claim.implicit ? claim.unstated.charAt(0).toUpperCase() + claim.unstated.slice(1) : "Claim";
      text = claim.text;
      speaker = claim.speaker ? "— " + claim.speaker + (claim.role ? ", " + claim.role : "") : "";
      quote = claim.quote ? "“" + claim.quote + "”" : "";
      note = claim.note || "";
    } else if (arg) {
      kind = arg.undercut ? (arg.relation === "supports" ? "Backing" : "Undercutter")
                          : (arg.relation === "supports" ? "Reason" : "Objection");
      text = [arg.label, arg.scheme ? "(" + arg.scheme.replace(/-/g, " ") + ")" : ""].join(" ").trim();
      speaker = arg.speaker ? "— " + arg.speaker : "";
      note = arg.note || "";
    }
    document.getElementById("details-kind").textContent = kind;
    document.getElementById("details-text").textContent = text;
    document.getElementById("details-speaker").textContent = speaker;
    document.getElementById("details-quote").textContent = quote;
    document.getElementById("details-note").textContent = note;
  }

  function clearDetails() {
    document.getElementById("details-empty").hidden = false;
    document.getElementById("details-body").hidden = true;
  }

  // ----- the chain from a box to the conclusion ------------------------------------------
  function chain(start) {
    var seen = {}, todo = [start];
    seen[start] = true;
    while (todo.length) {
      (data.onward[todo.pop()] || []).forEach(function (next) {
        if (!seen[next]) { seen[next] = true; todo.push(next); }
      });
    }
    return seen;
  }

  function highlight(id) {
    all("#diagram .in-chain, #diagram .selected").forEach(function (el) {
      el.classList.remove("in-chain", "selected");
    });
    diagram.classList.toggle("chain", id !== null);
    if (id === null) { return; }
    var on = chain(id);
    Object.keys(on).forEach(function (node) {
      if (data.claims[node]) { mark(claimPart(node), "in-chain"); return; }
      var arg = data.arguments[node];
      mark(element("arg-" + node), "in-chain");
      if (on[arg.target]) { mark(element("arg-" + node + "-target"), "in-chain"); }
      arg.premises.forEach(function (p) { if (on[p]) { mark(element("arg-" + node + "-premise-" + p), "in-chain"); } });
    });
    mark(data.claims[id] ? claimPart(id) : element("arg-" + id), "selected");
  }

  function mark(el, cls) { if (el) { el.classList.add(cls); } }

  function select(id, pin) {
    if (pin) { pinned = id; }
    if (id === null) { clearDetails(); } else { show(id); }
    highlight(id);
  }

  // ----- reveal steps --------------------------------------------------------------
  function setStep(n) {
    pinned = null;
    select(null, false);  // a selection may be about to disappear
    var before = step;
    step = Math.max(0, Math.min(n, data.steps.length - 1));
    var last = step === data.steps.length - 1, visible = {};
    data.steps[step].forEach(function (id) { visible[id] = true; });
    Object.keys(data.claims).forEach(function (id) { toggle(claimPart(id), last || visible[id]); });
    Object.keys(data.arguments).forEach(function (id) {
      var arg = data.arguments[id], shown = last || visible[id];
      toggle(element("arg-" + id), shown);
      toggle(element("arg-" + id + "-target"), shown && (last || visible[arg.target]));
      arg.premises.forEach(function (p) { toggle(element("arg-" + id + "-premise-" + p), shown && (last || visible[p])); });
    });
    followStep(last, visible);
    // the strength panel counts only what is revealed (strength.js listens)
    document.dispatchEvent(new CustomEvent("argmap-step", {detail: {visible: last ? null : visible}}));
    if (step !== before) { bringIntoView(step === 0 ? data.steps[0] : newIn(step)); }
    document.getElementById("step-count").textContent = "Step " + (step + 1) + " of " + data.steps.length;
    document.getElementById("step-first").disabled = document.getElementById("step-back").disabled = step === 0;
    document.getElementById("step-next").disabled = document.getElementById("step-all").disabled = last;
  }

  function toggle(el, shown) { if (el) { el.classList.toggle("not-yet", !shown); } }

  // A wide map scrolls in its frame (its text stays readable on a projector): each step
  // brings what it reveals into the middle of the frame.
  function newIn(n) {
    var earlier = {};
    data.steps[n - 1].forEach(function (id) { earlier[id] = true; });
    return data.steps[n].filter(function (id) { return !earlier[id]; });
  }

  function bringIntoView(ids) {
    var frame = diagram.getBoundingClientRect(), left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
    ids.forEach(function (id) {
      var part = data.claims[id] ? claimPart(id) : element("arg-" + id);
      if (!part) { return; }
      var box = part.getBoundingClientRect();
      left = Math.min(left, box.left); right = Math.max(right, box.right);
      top = Math.min(top, box.top); bottom = Math.max(bottom, box.bottom);
    });
    if (left === Infinity) { return; }
    diagram.scrollLeft += (left + right) / 2 - (frame.left + frame.right) / 2;
    diagram.scrollTop += (top + bottom) / 2 - (frame.top + frame.bottom) / 2;
  }

  // Outside the diagram too, nothing the step has not revealed: the outline's claims and the
  // strength panel's rows are hidden with their boxes.
  function followStep(last, visible) {
    var speakers = {};
    Object.keys(data.claims).forEach(function (id) {
      if (last || visible[id]) { speakers[data.claims[id].speaker] = true; }
    });
    all(".outline li[data-claim]").forEach(function (item) {
      item.hidden = !(last || visible[item.getAttribute("data-claim")]);
    });
    all(".outline li:not([data-claim])").forEach(function (item) {  // "Because, together (…):"
      item.hidden = !item.querySelector("li[data-claim]:not([hidden])");
    });
    all("#strength li[data-id]").forEach(function (item) {
      item.hidden = !(last || visible[item.getAttribute("data-id")]);
    });
    all("li[data-speaker]").forEach(function (item) {
      item.hidden = !speakers[item.getAttribute("data-speaker")];
    });
  }

  // ----- wiring --------------------------------------------------------------------
  function idOf(group) {
    var raw = group.id.slice(PREFIX.length);
    if (raw.indexOf("claim-") === 0 && data.claims[raw.slice(6)]) { return raw.slice(6); }
    if (raw.indexOf("arg-") === 0 && data.arguments[raw.slice(4)]) { return raw.slice(4); }
    return null;
  }

  all("#diagram g.node, #diagram g.edge").forEach(function (group) {
    var id = idOf(group);
    if (id === null) { return; }
    group.setAttribute("data-" + (data.claims[id] ? "claim" : "argument"), id);
    if (group.classList.contains("node")) {
      group.setAttribute("tabindex", "0");
      group.setAttribute("role", "button");
      group.setAttribute("aria-label", data.claims[id] ? data.claims[id].text : "argument " + id);
    }
    group.addEventListener("mouseenter", function () { if (pinned === null) { select(id, false); } });
    group.addEventListener("mouseleave", function () { if (pinned === null) { select(null, false); } });
    group.addEventListener("click", function (event) { event.preventDefault(); select(id, true); });
    group.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(id, true); }
    });
  });
  all(".claim-link").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-claim");
      setStep(data.steps.length - 1);
      select(id, true);
      var part = claimPart(id);
      if (part) { part.focus({preventScroll: true}); part.scrollIntoView({block: "center", inline: "center"}); }
    });
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { pinned = null; select(null, false); } });
  document.getElementById("step-first").addEventListener("click", function () { setStep(0); });
  document.getElementById("step-back").addEventListener("click", function () { setStep(step - 1); });
  document.getElementById("step-next").addEventListener("click", function () { setStep(step + 1); });
  document.getElementById("step-all").addEventListener("click", function () { setStep(data.steps.length - 1); });
  document.getElementById("zoom").addEventListener("click", function () {
    var full = diagram.classList.toggle("full-size");
    this.setAttribute("aria-pressed", full ? "true" : "false");
    this.textContent = full ? "Fit to width" : "Full size";
  });
  setStep(data.steps.length - 1);
}());
