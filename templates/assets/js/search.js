/* Tìm kiếm trong chuyên mục: đọc /tim-kiem/index.json (do dxportal dựng) và tìm ngay trên máy người xem.
 * Gõ có dấu hay không dấu đều tìm được ("chuyen doi so" thấy "Chuyển đổi số"); kết quả đúng dấu xếp trước.
 * Số ký hiệu tìm được bằng "749/QĐ-TTg", "749", "qd-ttg" hay "749-qd-ttg" (từ phải khớp từ đầu: "749" không
 * thấy "1749"). */
var DxSearch = (function () {
  "use strict";

  var KINDS = { a: "Tin tức", d: "Văn bản", s: "Câu chuyện thành công", p: "Trang" };
  var WORD = /[\p{L}\p{N}]/u;

  /* Bỏ dấu, đ/Đ (và Ð, ð gõ nhầm) thành d, chữ thường; "/" như "-", để số ký hiệu tìm được cả
     theo dạng địa chỉ ("749-qd-ttg", "nq-tu" thấy "02-NQ/TU"). */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ\u00d0\u00f0]/g, "d").replace(/\//g, "-").toLowerCase();
  }

  /* Giữ dấu, chỉ đưa về chữ thường (để biết kết quả nào đúng dấu người gõ). */
  function lower(text) {
    return text.normalize("NFC").toLowerCase();
  }

  /* Các từ của câu tìm, bỏ dấu câu ở hai đầu mỗi từ. */
  function terms(query) {
    return query.split(/\s+/)
      .map(function (word) { return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); })
      .filter(function (word) { return word.length > 0; })
      .map(function (word) { return { folded: fold(word), exact: lower(word) }; });
  }

  /* `word` có trong `text` ở đầu một từ không ("749" có trong "749/qd-ttg", không có trong "1749/qd"). */
  function startsAWord(text, word) {
    var from = 0;
    for (;;) {
      var at = text.indexOf(word, from);
      if (at < 0) return false;
      if (at === 0 || !WORD.test(text.charAt(at - 1))) return true;
      from = at + 1;
    }
  }

  /* Chuẩn bị một mục của chỉ mục: chữ đã gấp của tiêu đề và của toàn bộ nội dung tìm được. */
  function prepare(item) {
    var all = [item.t, item.s, item.g, item.i].filter(Boolean).join(" ");
    return { item: item, title: fold(item.t || ""), titleExact: lower(item.t || ""), all: fold(all), allExact: lower(all) };
  }

  /* Điểm của một mục: 0 nếu thiếu một từ; có trong tiêu đề và đúng dấu thì cao hơn. */
  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (!startsAWord(entry.all, word.folded)) return 0;
      total += 1;
      var inTitle = startsAWord(entry.title, word.folded);
      if (inTitle) total += 2;
      if (startsAWord(entry.allExact, word.exact)) total += 1;
      if (inTitle && startsAWord(entry.titleExact, word.exact)) total += 1;
    }
    return total;
  }

  /* Các mục khớp `query`, điểm cao trước; cùng điểm thì giữ thứ tự của chỉ mục (mới trước). */
  function search(entries, query) {
    var words = terms(query);
    if (!words.length) return [];
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var points = score(entries[i], words);
      if (points > 0) found.push({ points: points, position: i, item: entries[i].item });
    }
    found.sort(function (a, b) { return b.points - a.points || a.position - b.position; });
    return found.map(function (hit) { return hit.item; });
  }

  /* 1234 → "1.234". */
  function count(number) {
    return String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  return { KINDS: KINDS, fold: fold, terms: terms, prepare: prepare, search: search, count: count };
})();

if (typeof module === "object" && module.exports) module.exports = DxSearch;

if (typeof document !== "undefined") (function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.elements.q;
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var base = form.getAttribute("data-base") || "/";
  var PAGE = 50;
  var entries = null;
  var loading = null;
  var timer = 0;

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index"))
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (data) { entries = data.items.map(DxSearch.prepare); });
    }
    return loading;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function result(item) {
    var li = element("li", "search-result");
    li.appendChild(element("p", "search-result-kind", DxSearch.KINDS[item.k] || ""));
    var heading = element("h2", "search-result-title");
    var link = element("a", "", item.t);
    link.href = base + item.u;
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = [item.d, item.i].filter(Boolean).join(" · ");
    if (meta) li.appendChild(element("p", "search-result-meta", meta));
    if (item.s) li.appendChild(element("p", "search-result-summary", item.s));
    return li;
  }

  function show(hits, query, shown) {
    list.textContent = "";
    var more = document.querySelector(".search-more");
    if (more) more.parentNode.removeChild(more);
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    if (!hits.length) {
      status.textContent = "Không tìm thấy kết quả nào cho “" + query.trim() + "”. Hãy thử từ khóa khác, ngắn hơn, hoặc gõ không dấu.";
      return;
    }
    status.textContent = "Tìm thấy " + DxSearch.count(hits.length) + " kết quả cho “" + query.trim() + "”"
      + (hits.length > shown ? ", hiển thị " + DxSearch.count(shown) + " kết quả đầu." : ".");
    for (var i = 0; i < Math.min(shown, hits.length); i++) list.appendChild(result(hits[i]));
    if (hits.length > shown) {
      var button = element("button", "button button-quiet search-more", "Xem thêm kết quả");
      button.type = "button";
      button.addEventListener("click", function () {
        show(hits, query, shown + PAGE);
        var next = list.children[shown];
        if (next) next.querySelector("a").focus();
      });
      list.parentNode.insertBefore(button, list.nextSibling);
    }
  }

  function run(updateAddress) {
    var query = input.value;
    if (updateAddress && window.history.replaceState) {
      var address = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : window.location.pathname;
      window.history.replaceState(null, "", address);
    }
    if (!query.trim()) return show([], query, PAGE);
    status.textContent = "Đang tìm…";
    load().then(function () {
      if (input.value === query) show(DxSearch.search(entries, query), query, PAGE);
    }, function () {
      status.textContent = "Không tải được dữ liệu tìm kiếm. Hãy tải lại trang.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(true);
  });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(true); }, 250);
  });
  input.addEventListener("focus", function () { load().catch(function () {}); });

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    run(false);
  }
})();
