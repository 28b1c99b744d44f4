/* Progressive enhancement for market profiles (the page works without it):
   a print button, a copy-link button, and the contents marking the section being read. */
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector("[role=status]");
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        if (status) { status.textContent = button.getAttribute("data-copied"); }
      });
    });
  });

  var toc = document.querySelector("[data-toc]");
  if (!toc || !("IntersectionObserver" in window)) { return; }
  var links = {};
  toc.querySelectorAll("a[href^='#']").forEach(function (link) {
    links[decodeURIComponent(link.getAttribute("href").slice(1))] = link;
  });
  var headings = Object.keys(links).map(function (id) { return document.getElementById(id); })
    .filter(Boolean);
  function mark(id) {
    Object.keys(links).forEach(function (key) {
      if (key === id) { links[key].setAttribute("aria-current", "true"); }
      else { links[key].removeAttribute("aria-current"); }
    });
  }
  var visible = {};
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
    // The first heading in view, else the last one scrolled past.
    var current = null;
    for (var i = 0; i < headings.length; i++) {
      if (visible[headings[i].id]) { current = headings[i].id; break; }
      if (headings[i].getBoundingClientRect().top < 0) { current = headings[i].id; }
    }
    if (current) { mark(current); }
  }, { rootMargin: "0px 0px -40% 0px" });
  headings.forEach(function (heading) { observer.observe(heading); });
})();
