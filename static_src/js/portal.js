// Reading aids of the public pages: font size (大/中/小, remembered) and print.
(function () {
  var root = document.documentElement;
  var buttons = document.querySelectorAll(".font-size");
  function apply(size) {
    root.classList.remove("font-large", "font-medium", "font-small");
    root.classList.add("font-" + size);
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.size === size)); });
  }
  var saved = null;
  try { saved = window.localStorage.getItem("fontSize"); } catch (e) {}
  apply(saved || "medium");
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      apply(b.dataset.size);
      try { window.localStorage.setItem("fontSize", b.dataset.size); } catch (e) {}
    });
  });
  document.querySelectorAll(".print-page").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
})();
