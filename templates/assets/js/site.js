/* Chuyển đổi số Thái Bình – progressive enhancement only; the site works without it. */
(function () {
  "use strict";
  var nav = document.querySelector(".main-nav");
  if (!nav) return;
  var button = nav.querySelector(".nav-toggle");
  var menu = document.getElementById("menu_chinh");
  if (!button || !menu) return;
  var phone = window.matchMedia("(max-width: 47.99em)");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }

  button.hidden = false;
  nav.classList.add("is-collapsible");
  setOpen(false);

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open") && phone.matches) {
      setOpen(false);
      button.focus();
    }
  });
})();
