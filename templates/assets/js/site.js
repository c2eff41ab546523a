/* Chuyển đổi số Thái Bình – progressive enhancement only; the site works without it. */

/* Menu chính thu gọn trên điện thoại. */
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

/* Danh mục văn bản: ô lọc nhanh theo loại, cơ quan, năm và từ khóa. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-doc-filter]");
  if (!form) return;
  var main = form.parentNode;
  var groups = Array.prototype.slice.call(main.querySelectorAll("[data-doc-group]"));
  var rows = Array.prototype.slice.call(main.querySelectorAll("tbody tr[data-text]"));
  var text = form.elements.q;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var status = form.querySelector("[role=status]");
  var empty = main.querySelector("[data-filter-empty]");
  if (!rows.length || !text || !status) return;

  /* Gấp chữ như searchText: bỏ dấu, đ → d, chữ thường, ký tự khác chữ số thành khoảng trắng. */
  function fold(value) {
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase()
      .replace(/[^0-9a-z\u00c0-\uffff]+/g, " ").trim();
  }

  var keys = { type: "type", issuer: "issuer", year: "year" };
  /* 1234 → "1.234", như số in sẵn trên trang. */
  function count(number) {
    return String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }
  var totals = groups.map(function (group) { return group.querySelectorAll("tbody tr[data-text]").length; });

  /* Bỏ các lựa chọn không có văn bản nào trên trang này (trang tra cứu theo loại, cơ quan, năm). */
  selects.forEach(function (select) {
    var key = keys[select.getAttribute("data-filter")];
    var present = {};
    rows.forEach(function (row) { present[row.getAttribute("data-" + key)] = true; });
    Array.prototype.slice.call(select.options).forEach(function (option) {
      if (option.value && !present[option.value]) select.removeChild(option);
    });
  });

  /* Chữ tìm của từng hàng, khoảng trắng gộp lại. */
  var texts = rows.map(function (row) { return " " + fold(row.getAttribute("data-text")) + " "; });
  rows.forEach(function (row, i) { row.setAttribute("data-index", i); });

  /* Hàng khớp khi mọi từ của câu tìm đều có trong chữ tìm của hàng. Nếu cả cụm từ
     (“quyết định”) có trong ít nhất một hàng thì chỉ giữ các hàng chứa nguyên cụm ấy,
     để “quyết định” không kéo theo “nghị quyết … định hướng”. */
  function matcher(words, wanted) {
    function fits(row) {
      return wanted.every(function (item) { return row.getAttribute("data-" + item.key) === item.value; });
    }
    var phrase = words.join(" ");
    var byPhrase = words.length > 1 && rows.some(function (row, i) { return fits(row) && texts[i].indexOf(phrase) !== -1; });
    return function (row) {
      if (!fits(row)) return false;
      var haystack = texts[Number(row.getAttribute("data-index"))];
      if (byPhrase) return haystack.indexOf(phrase) !== -1;
      return words.every(function (word) { return haystack.indexOf(word) !== -1; });
    };
  }

  function apply() {
    var words = fold(text.value).split(" ").filter(Boolean);
    var wanted = selects.map(function (select) {
      return { key: keys[select.getAttribute("data-filter")], value: select.value };
    }).filter(function (item) { return item.value !== ""; });
    var matches = matcher(words, wanted);
    var shown = 0;
    var filtering = words.length > 0 || wanted.length > 0;
    groups.forEach(function (group, index) {
      var visible = 0;
      var groupRows = group.querySelectorAll("tbody tr[data-text]");
      for (var i = 0; i < groupRows.length; i++) {
        var row = groupRows[i];
        var match = matches(row);
        row.hidden = !match;
        if (match) {
          row.classList.toggle("is-even", visible % 2 === 1);
          visible += 1;
        }
      }
      group.hidden = visible === 0;
      var countText = filtering ? count(visible) + "/" + count(totals[index]) + " văn bản" : count(totals[index]) + " văn bản";
      var count = group.querySelector("[data-group-count]");
      if (count) count.textContent = countText;
      /* Chú thích bảng (trình đọc màn hình đọc khi vào bảng) cũng theo số hàng đang hiện. */
      var caption = group.querySelector("[data-caption-count]");
      if (caption) caption.textContent = filtering ? "hiển thị " + countText : countText;
      shown += visible;
    });
    main.classList.toggle("doc-groups-filtered", filtering);
    if (empty) empty.hidden = shown !== 0;
    status.textContent = "Hiển thị " + count(shown) + "/" + count(rows.length) + " văn bản";
    syncURL();
  }

  /* Ghi điều kiện lọc vào địa chỉ trang để có thể chia sẻ, quay lại. */
  function syncURL() {
    if (!window.history || !window.history.replaceState || !window.URLSearchParams) return;
    var params = new URLSearchParams();
    if (text.value.trim()) params.set(text.name, text.value.trim());
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(null, "", url);
  }

  function restore() {
    if (!window.URLSearchParams) return;
    var params = new URLSearchParams(window.location.search);
    if (params.has(text.name)) text.value = params.get(text.name);
    selects.forEach(function (select) {
      var value = params.get(select.name);
      if (value && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) select.value = value;
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });

  form.hidden = false;
  restore();
  apply();
})();

/* Bản in: tệp đính kèm in kèm địa chỉ đầy đủ (https://…), không chỉ đường dẫn tương đối. */
(function () {
  "use strict";
  var links = document.querySelectorAll("a.file-link[href]");
  for (var i = 0; i < links.length; i++) links[i].setAttribute("data-print-url", links[i].href);
})();

/* Bảng rộng hơn khung (.table-scroll): chỉ khi bảng thực sự cuộn ngang thì vùng cuộn mới là một
   vùng có tên (role=region, aria-label lấy từ data-scroll-label) và nhận tiêu điểm bàn phím để cuộn
   bằng phím mũi tên; bảng vừa khung không thêm điểm dừng Tab nào. Kiểm tra lại khi đổi cỡ cửa sổ
   hoặc khi ô lọc làm bảng hẹp lại. */
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".table-scroll[data-scroll-label]"));
  if (!boxes.length) return;

  function update(box) {
    if (box.scrollWidth > box.clientWidth) {
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", box.getAttribute("data-scroll-label"));
      box.setAttribute("tabindex", "0");
    } else if (box !== document.activeElement) {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }
  function updateAll() { boxes.forEach(update); }

  boxes.forEach(function (box) {
    box.addEventListener("blur", function () { update(box); });
  });
  if (window.ResizeObserver) {
    var observer = new ResizeObserver(updateAll);
    boxes.forEach(function (box) {
      observer.observe(box);
      if (box.firstElementChild) observer.observe(box.firstElementChild);
    });
  } else {
    window.addEventListener("resize", updateAll);
  }
  updateAll();
})();
