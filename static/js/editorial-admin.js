/* The editor's desk on the tabbed change form (progressive enhancement; the form works without):
   - a language tab whose field is empty says so;
   - jQuery UI puts a link inside each role="tab" item: the item is the control, so the link
     leaves the tab order and the accessibility tree (no nested interactive controls);
   - modeltranslation's "all languages" switch gets a name.
   modeltranslation builds the tabs once the page is ready; this waits for them. */
(function () {
  "use strict";
  var settings = document.getElementById("editorial-settings");

  function mark(tab, field, label) {
    var empty = !field.value.trim();
    tab.classList.toggle("editorial-tab-empty", empty);
    var note = tab.querySelector(".editorial-tab-note");
    if (empty && !note) {
      note = document.createElement("span");
      note.className = "editorial-tab-note";
      note.textContent = " (" + label + ")";
      tab.appendChild(note);
    } else if (!empty && note) {
      note.remove();
    }
  }

  function enhance() {
    var label = settings ? settings.dataset.empty : "empty";
    document.querySelectorAll(".ui-tabs-nav li[role='tab'] > a[href]").forEach(function (link) {
      link.setAttribute("data-href", link.getAttribute("href"));
      link.removeAttribute("href");
      link.removeAttribute("tabindex");
      var field = document.getElementById(link.getAttribute("data-href").slice(5));
      if (field && "value" in field && field.type !== "checkbox") {
        mark(link, field, label);
        field.addEventListener("input", function () { mark(link, field, label); });
      }
    });
    var main = document.getElementById("modeltranslation-main-switch");
    if (main && settings) {
      main.setAttribute("aria-label", settings.dataset.switch);
    }
    document.body.setAttribute("data-editorial-ready", "");
  }

  function whenTabsExist(attempt) {
    if (document.querySelector(".ui-tabs-nav") || attempt > 50) {
      enhance();
    } else {
      window.setTimeout(function () { whenTabsExist(attempt + 1); }, 100);
    }
  }

  window.addEventListener("load", function () { whenTabsExist(0); });
})();
