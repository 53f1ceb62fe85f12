// argmap serve: one map's live diagram (or the list of maps). The server pushes the map's
// state over server-sent events whenever its file changes; the diagram is swapped in place.
"use strict";

const $ = (id) => document.getElementById(id);
const mapKey = location.pathname.startsWith("/map/")
  ? decodeURIComponent(location.pathname.slice(5)) : null;
let details = {};
let shownSvg = null;

function setStatus(text, kind) {
  const status = $("status");
  status.textContent = text;
  status.className = "status " + (kind || "");
}

function where(p) {
  return `${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]`;
}

function showProblems(state) {
  const box = $("problems");
  const list = $("problem-list");
  list.replaceChildren(...state.problems.map((p) => {
    const item = document.createElement("li");
    item.className = p.severity;
    item.textContent = where(p);
    return item;
  }));
  box.hidden = state.problems.length === 0;
  box.classList.toggle("warnings-only", state.errors === 0);
  if (state.errors > 0) {
    const plural = state.errors === 1 ? "error" : "errors";
    $("problems-summary").textContent = state.svg === null
      ? `${state.errors} ${plural}: no diagram yet`
      : `${state.errors} ${plural}: showing the last good diagram`;
  } else {
    $("problems-summary").textContent = `${state.warnings} warning${state.warnings === 1 ? "" : "s"}`;
  }
}

function showDiagram(state) {
  if (state.svg !== null && state.svg !== shownSvg) {
    $("diagram").innerHTML = state.svg;
    shownSvg = state.svg;
    details = state.details;
    const open = $("details").dataset.box;
    if (open && details[open]) showDetails(open); else hideDetails();
  }
  document.body.classList.toggle("stale", state.stale);
}

function showState(state) {
  $("view").hidden = false;
  $("index").hidden = true;
  if (state.gone) {
    $("title").textContent = state.key;
    setStatus("the map file is gone", "errors");
    return;
  }
  $("title").textContent = state.title;
  document.title = `${state.title} — argmap`;
  $("file").textContent = state.key;
  showProblems(state);
  showDiagram(state);
  if (state.errors > 0) setStatus(`${state.errors} error${state.errors === 1 ? "" : "s"}`, "errors");
  else if (state.warnings > 0) setStatus(`${state.warnings} warning${state.warnings === 1 ? "" : "s"}`, "warnings");
  else setStatus("up to date", "ok");
  document.body.dataset.version = state.version;
}

function showIndex(maps) {
  $("index").hidden = false;
  $("view").hidden = true;
  $("title").textContent = "Maps";
  setStatus(`${maps.length} map${maps.length === 1 ? "" : "s"}`, "ok");
  $("maps").replaceChildren(...maps.map((m) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = "/map/" + m.key.split("/").map(encodeURIComponent).join("/");
    link.textContent = m.title === m.key ? m.key : `${m.title} (${m.key})`;
    item.append(link);
    if (m.errors > 0) {
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = `${m.errors} error${m.errors === 1 ? "" : "s"}`;
      item.append(count);
    }
    return item;
  }));
}

function field(name, value) {
  $("details-" + name).textContent = value || "";
  const label = document.querySelector(`#details dt[data-for="${name}"]`);
  label.hidden = $("details-" + name).hidden = !value;
}

function showDetails(boxId) {
  const d = details[boxId];
  if (!d) return;
  const panel = $("details");
  panel.hidden = false;
  panel.dataset.box = boxId;
  $("details-kind").textContent = d.kind === "claim" && d.implicit ? "implicit claim" : d.kind;
  $("details-id").textContent = d.id;
  $("details-text").textContent = d.text || "";
  field("speaker", d.speaker ? (d.role ? `${d.speaker}, ${d.role}` : d.speaker) : "");
  field("quote", d.quote);
  field("note", d.note);
  field("scheme", d.scheme);
  field("structure", d.kind === "argument" ? `${d.premises.join(", ")} ${d.relation} ${d.target}` : "");
  document.querySelectorAll("#diagram g.node.selected").forEach((n) => n.classList.remove("selected"));
  const box = document.getElementById(boxId);
  if (box) box.classList.add("selected");
}

function hideDetails() {
  $("details").hidden = true;
  delete $("details").dataset.box;
}

$("diagram").addEventListener("click", (event) => {
  const node = event.target.closest("g.node");
  if (node && details[node.id]) showDetails(node.id);
});
$("close-details").addEventListener("click", hideDetails);

function connect() {
  const url = "/api/events" + (mapKey === null ? "" : "?map=" + encodeURIComponent(mapKey));
  const events = new EventSource(url);
  events.addEventListener("state", (e) => showState(JSON.parse(e.data)));
  events.addEventListener("maps", (e) => showIndex(JSON.parse(e.data)));
  events.onerror = () => setStatus("reconnecting…", "warnings");
}

connect();
