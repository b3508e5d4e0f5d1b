// Client-side search over search-index.json. Results are built with DOM calls and textContent,
// never innerHTML: titles and summaries come from scraped text.
(function () {
  "use strict";
  var script = document.currentScript;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!script || !input || !status || !list) { return; }
  var indexUrl = script.getAttribute("data-index");
  var entries = null;

  function words(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function search(query) {
    var terms = words(query);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = [];
    entries.forEach(function (e) {
      var inTitle = e.words.title, inRest = e.words.rest, score = 0;
      for (var i = 0; i < terms.length; i++) {
        var t = terms[i];
        var title = inTitle.some(function (w) { return w.indexOf(t) === 0; });
        var rest = title || inRest.some(function (w) { return w.indexOf(t) === 0; });
        if (!rest) { return; }
        score += title ? 3 : 1;
      }
      hits.push({ e: e, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || (b.e.d > a.e.d ? 1 : b.e.d < a.e.d ? -1 : 0); });
    status.textContent = hits.length === 1 ? "1 result" : hits.length + " results";
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h.e.u;
      a.textContent = h.e.t;
      li.appendChild(a);
      if (h.e.s) {
        var p = document.createElement("p");
        p.className = "summary";
        p.textContent = h.e.s;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  status.textContent = "Loading the index…";
  fetch(indexUrl).then(function (r) { return r.json(); }).then(function (data) {
    entries = data.map(function (e) {
      e.words = { title: words(e.t), rest: words(e.s + " " + e.k) };
      return e;
    });
    status.textContent = "";
    search(input.value);
    input.addEventListener("input", function () { search(input.value); });
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
