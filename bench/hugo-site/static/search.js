(function () {
  var q = document.getElementById('q'), out = document.getElementById('results'), index = null;
  fetch(new URL('../search-index.json', document.baseURI)).then(function (r) { return r.json(); })
    .then(function (j) { index = j; });
  q.addEventListener('input', function () {
    var term = q.value.trim().toLowerCase();
    out.innerHTML = '';
    if (!index || term.length < 2) return;
    index.filter(function (e) { return e.title.toLowerCase().indexOf(term) >= 0; }).slice(0, 50)
      .forEach(function (e) {
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = e.url; a.textContent = e.title; li.appendChild(a); out.appendChild(li);
      });
  });
})();
