// Reading aids of the public pages: font size (大/中/小) and 关怀版, remembered (the classes are set
// before the first paint by reading-prefs.js); print; the request form's applicant block, error
// summary and the query code shown while typing.
(function () {
  var root = document.documentElement;
  function remember(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) {}
  }

  var sizeButtons = document.querySelectorAll(".font-size");
  function applySize(size) {
    root.classList.remove("font-large", "font-medium", "font-small");
    root.classList.add("font-" + size);
    sizeButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.size === size)); });
  }
  var current = ["large", "small"].filter(function (s) { return root.classList.contains("font-" + s); })[0];
  applySize(current || "medium");
  sizeButtons.forEach(function (b) {
    b.addEventListener("click", function () { applySize(b.dataset.size); remember("fontSize", b.dataset.size); });
  });

  document.querySelectorAll(".elder-mode").forEach(function (b) {
    b.setAttribute("aria-pressed", String(root.classList.contains("elder")));
    b.addEventListener("click", function () {
      var on = root.classList.toggle("elder");
      b.setAttribute("aria-pressed", String(on));
      remember("elderMode", on ? "on" : "off");
    });
  });

  document.querySelectorAll(".print-page").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });

  // The request form: only the block of the chosen applicant type (both without JavaScript).
  var typeInputs = document.querySelectorAll("input[name='applicant-applicant_type']");
  function showApplicantBlock() {
    var chosen = document.querySelector("input[name='applicant-applicant_type']:checked");
    document.querySelectorAll(".applicant-block").forEach(function (block) {
      block.hidden = !chosen || block.dataset.applicantType !== chosen.value;
    });
  }
  if (typeInputs.length) {
    typeInputs.forEach(function (input) { input.addEventListener("change", showApplicantBlock); });
    showApplicantBlock();
  }

  var summary = document.getElementById("form-errors");
  if (summary) { summary.focus(); }

  // 显示查询码: the code typed in clear while the box is ticked.
  document.querySelectorAll("[data-reveals]").forEach(function (toggle) {
    var input = document.getElementById(toggle.dataset.reveals);
    toggle.closest(".reveal").hidden = false;
    toggle.addEventListener("change", function () { input.type = toggle.checked ? "text" : "password"; });
  });
})();
