// Suggestions while typing in the search page's box (templates/search/search.html): popular queries,
// title words typed in pinyin and public titles, from this site's /search/suggest/ (no external service).
(function () {
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) { return; }
  var url = input.getAttribute("data-suggest-url");
  var kinds = { query: "热门检索", word: "拼音", title: "标题" };
  var timer = null, active = -1, items = [], latest = "";

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    items = [];
    active = -1;
  }

  function choose(item) {
    if (item.url) { window.location.href = item.url; return; }
    input.value = item.text;
    close();
    input.form.submit();
  }

  function mark(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute("aria-selected", String(i === index));
    });
    if (index >= 0) { input.setAttribute("aria-activedescendant", list.children[index].id); }
  }

  function show(suggestions) {
    close();
    items = suggestions;
    if (!items.length) { return; }
    items.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = "search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.appendChild(document.createTextNode(item.text));  // text only: nothing is parsed as HTML
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = kinds[item.kind] || "";
      li.appendChild(kind);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(item); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var typed = input.value.trim();
    if (!typed) { close(); return; }
    timer = setTimeout(function () {
      latest = typed;
      fetch(url + "?q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (typed === latest) { show(data.suggestions || []); } })
        .catch(close);
    }, 250);
  });

  input.addEventListener("keydown", function (event) {
    if (list.hidden) { return; }
    if (event.key === "ArrowDown") { event.preventDefault(); mark((active + 1) % items.length); }
    else if (event.key === "ArrowUp") { event.preventDefault(); mark(active <= 0 ? items.length - 1 : active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(items[active]); }
  });
  input.addEventListener("blur", close);
})();
