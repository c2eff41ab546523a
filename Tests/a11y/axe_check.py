#!/usr/bin/env python3
"""Accessibility check of a built portal: axe-core (WCAG 2.0/2.1 A and AA rules and axe's best
practices) in headless Chromium, on one page of every kind, at a desktop and a phone width.

    python3 Tests/a11y/axe_check.py OUTPUT_FOLDER

OUTPUT_FOLDER is a built portal (`public/`); it is served under the path of its base_url (read
from the home page's canonical link), as the portal's web server serves it. Exits 1 when axe reports any violation, listing each with the page and the elements.
"""
import functools
import http.server
import os
import re
import sys
import urllib.parse
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium_axe_python import Axe

RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
WIDTHS = (1280, 375)


def first_page(output, folder):
    """The first (in name order) page in a sub-folder of `folder`, as a path under the output."""
    base = os.path.join(output, folder)
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name)
        if os.path.isdir(path) and os.path.isfile(os.path.join(path, "index.html")):
            return f"{folder}{name}/"
        if os.path.isdir(path):
            found = first_page(output, f"{folder}{name}/")
            if found:
                return found
    return None


def pages_to_check(output):
    pages = ["", "tin-tuc/", "van-ban/", "cau-chuyen-thanh-cong/", "tru-cot/", "the/",
             "van-ban/loai/", "tim-kiem/?q=chuyen+doi+so", "404.html"]
    for folder in ["tin-tuc/", "van-ban/", "cau-chuyen-thanh-cong/", "tru-cot/", "linh-vuc/",
                   "dia-phuong/", "the/", "van-ban/loai/", "van-ban/co-quan/", "van-ban/nam/"]:
        page = first_page(output, folder) if os.path.isdir(os.path.join(output, folder)) else None
        if page and page not in pages:
            pages.append(page)
    pages += [f"{name}/" for name in sorted(os.listdir(output))
              if os.path.isfile(os.path.join(output, name, "index.html")) and f"{name}/" not in pages
              and not os.path.isdir(os.path.join(output, name, "trang"))][:2]  # plain pages
    return pages


def base_path(output):
    """The path of the portal's base_url, from the canonical link of its home page."""
    with open(os.path.join(output, "index.html"), encoding="utf-8") as home:
        match = re.search(r'<link rel="canonical" href="([^"]+)"', home.read())
    return urllib.parse.urlsplit(match.group(1)).path if match else "/"


def main():
    output = os.path.abspath(sys.argv[1])
    base = base_path(output)
    with tempfile.TemporaryDirectory() as root:
        # Serve the output under its base path, as the portal's web server does.
        mount = os.path.join(root, base.strip("/")) if base.strip("/") else root
        os.makedirs(os.path.dirname(mount), exist_ok=True)
        if mount != root:
            os.symlink(output, mount)

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root if mount != root else output))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        pages = pages_to_check(output)
        violations = 0
        try:
            for width in WIDTHS:
                driver.set_window_size(width, 900)
                for page in pages:
                    driver.get(f"http://127.0.0.1:{server.server_address[1]}{base}{page}")
                    axe = Axe(driver)
                    axe.inject()
                    result = axe.run(options={"runOnly": {"type": "tag", "values": RULES}})
                    for violation in result["violations"]:
                        violations += 1
                        print(f"{width}px /{page}: [{violation['impact']}] {violation['id']}: {violation['help']}")
                        for node in violation["nodes"][:5]:
                            print("   ", node["target"], node.get("failureSummary", "").replace("\n", " | ")[:300])
        finally:
            driver.quit()
            server.shutdown()
        print(f"axe-core: {len(pages)} pages at {' and '.join(f'{w}px' for w in WIDTHS)}, {violations} violation(s)")
        return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
