// Runs in <head>, before the first paint: the reader's font size (大/中/小) and 关怀版 (elder mode),
// remembered in this browser, become classes on <html>. The server sends the same page to everyone.
(function () {
  var root = document.documentElement, size = null, elder = null;
  try {
    size = window.localStorage.getItem("fontSize");
    elder = window.localStorage.getItem("elderMode");
  } catch (e) {}
  root.classList.add("font-" + (size === "large" || size === "small" ? size : "medium"));
  if (elder === "on") { root.classList.add("elder"); }
})();
