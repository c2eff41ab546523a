// Tests of the search page's matching and ranking (templates/assets/js/search.js), run by
// scripts/test.sh with Node: `node Tests/js/search.test.js`.
"use strict";
const assert = require("node:assert/strict");
const path = require("node:path");
const DxSearch = require(path.join(__dirname, "../../templates/assets/js/search.js"));

const items = [
  { t: "Thái Bình đẩy mạnh chuyển đổi số trong y tế", u: "tin-tuc/2024/a/", k: "a", d: "03/6/2024", s: "Bệnh viện dùng bệnh án điện tử.", g: "y tế số" },
  { t: "Quyết định 749/QĐ-TTg", u: "van-ban/2020/749-qd-ttg/", k: "d", d: "03/6/2020", s: "Phê duyệt Chương trình Chuyển đổi số quốc gia", i: "Thủ tướng Chính phủ" },
  { t: "Nghị quyết 02-NQ/TU", u: "van-ban/2021/02-nq-tu/", k: "d", d: "19/11/2021", s: "Về phát triển hạ tầng", i: "Tỉnh ủy Thái Bình" },
  { t: "Quyết định 1749/QĐ-UBND", u: "van-ban/2021/1749-qd-ubnd/", k: "d", d: "02/4/2021", s: "Kế hoạch ứng dụng công nghệ thông tin", i: "Ủy ban nhân dân tỉnh Thái Bình" },
  { t: "Chuyến đi sở tại", u: "tin-tuc/2023/b/", k: "a", d: "01/01/2023", s: "Một chuyến đi công tác." },
  { t: "Sổ tay chuyển đổi số", u: "so-tay/", k: "p", s: "Hướng dẫn cho cán bộ." },
].map(DxSearch.prepare);

const urls = (query) => DxSearch.search(items, query).map((item) => item.u);

// Folding: marks dropped, đ and its look-alike Ð read as d.
assert.equal(DxSearch.fold("Chuyển Đổi Số"), "chuyen doi so");
assert.equal(DxSearch.fold("Ðắk Lắk"), "dak lak");
assert.equal(DxSearch.fold("Chuyển đổi số".normalize("NFD")), "chuyen doi so");

// With or without marks, every word must be found.
assert.deepEqual(urls("chuyen doi so"), ["tin-tuc/2024/a/", "so-tay/", "van-ban/2020/749-qd-ttg/"]);
assert.deepEqual(urls("chuyển đổi số"), urls("chuyen doi so"));
assert.deepEqual(urls("chuyen doi so benh vien"), ["tin-tuc/2024/a/"]);
assert.deepEqual(urls("khong co tu nay"), []);
assert.deepEqual(urls("   "), []);

// Exact marks rank higher: "sở" puts "Chuyến đi sở tại" before "Sổ tay…" although both fold to "so".
assert.equal(urls("sở")[0], "tin-tuc/2023/b/");
assert.equal(urls("sổ")[0], "so-tay/");

// A symbol is found whole, by its number or by its codes; a number matches from a word's start.
assert.deepEqual(urls("749/QĐ-TTg"), ["van-ban/2020/749-qd-ttg/"]);
assert.deepEqual(urls("749"), ["van-ban/2020/749-qd-ttg/"]);
assert.deepEqual(urls("qd-ttg"), ["van-ban/2020/749-qd-ttg/"]);
// A symbol as its address writes it, and a Party symbol's type and issuer.
assert.deepEqual(urls("749-qd-ttg"), ["van-ban/2020/749-qd-ttg/"]);
assert.deepEqual(urls("nq-tu"), ["van-ban/2021/02-nq-tu/"]);
assert.deepEqual(urls("02-NQ/TU"), ["van-ban/2021/02-nq-tu/"]);
assert.deepEqual(urls("QĐ"), ["van-ban/2020/749-qd-ttg/", "van-ban/2021/1749-qd-ubnd/"]);
// Punctuation around a word is not part of it; the issuer is searched too.
assert.deepEqual(urls("“Thủ tướng”,"), ["van-ban/2020/749-qd-ttg/"]);

// Counts are written the Vietnamese way.
assert.equal(DxSearch.count(1234567), "1.234.567");
assert.equal(DxSearch.count(12), "12");

console.log("search.js: all checks passed");
