#!/usr/bin/env python3
"""Times the preview's edit loop: write one article, wait for the Server-Sent `reload` event.

    bench/preview-reload.py ROOT [--edits 10] [--port 8099] [--binary .build/release/dxportal]

Starts `dxportal serve` on ROOT (a portal folder; e.g. a corpus from ../shared/bench/gen_corpus.py
with a `templates` link), edits the title of one article EDITS times, and prints the time from
each write to the reload event (median, min, max). Then it builds ROOT cold into a temporary
folder and fetches every page from the preview: each must equal the cold build byte for byte
(after removing the live-reload script that only the preview adds).
"""
import argparse, http.client, os, re, socket, statistics, subprocess, sys, tempfile, time

SCRIPT = re.compile(rb'<script>\(function\(\)\{var s=new EventSource\("/__dxportal/events"\);.*?</script>', re.S)


def wait_for(sock, marker, timeout=120):
    sock.settimeout(timeout)
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("event stream closed")
        data += chunk
    return data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--binary", default=".build/release/dxportal")
    parser.add_argument("--as-of", default="2025-06-01")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    articles = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, "content/articles")) for f in fs if f.endswith(".md"))
    target = articles[len(articles) // 2]
    original = open(target, encoding="utf-8").read()
    server = subprocess.Popen([args.binary, "serve", "--root", root, "--port", str(args.port), "--as-of", args.as_of],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = server.stdout.readline()
        while "http://" not in line:
            if not line:
                raise RuntimeError("serve stopped")
            line = server.stdout.readline()
        base = re.search(r"http://[^/]+(/\S*)", line).group(1)
        events = socket.create_connection(("127.0.0.1", args.port))
        events.sendall(b"GET /__dxportal/events HTTP/1.1\r\nHost: x\r\n\r\n")
        wait_for(events, b": dxportal")
        times = []
        for number in range(1, args.edits + 1):
            text = re.sub(r'^title: "(.*?)( \(sửa \d+\))?"$', lambda m: f'title: "{m.group(1)} (sửa {number})"', open(target, encoding="utf-8").read(), count=1, flags=re.M)
            start = time.perf_counter()
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(text)
            wait_for(events, b"event: reload")
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.3)
        print(f"edit → reload event, {len(times)} edits of {os.path.relpath(target, root)}: "
              f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms")
        print("  each: " + ", ".join(f"{t:.0f}" for t in times))
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([args.binary, "build", "--root", root, "--output", out + "/public", "--quiet", "--as-of", args.as_of], check=True)
            different = 0
            pages = 0
            connection = http.client.HTTPConnection("127.0.0.1", args.port)
            for folder, _, files in os.walk(out + "/public"):
                for name in files:
                    relative = os.path.relpath(os.path.join(folder, name), out + "/public")
                    cold = open(os.path.join(folder, name), "rb").read()
                    connection.request("GET", base + relative)
                    response = connection.getresponse()
                    served = SCRIPT.sub(b"", response.read())
                    pages += 1
                    if served != cold:
                        different += 1
                        if different <= 5:
                            print("  differs:", relative)
            print(f"served files compared with a cold build: {pages}, different: {different}")
            sys.exit(1 if different else 0)
    finally:
        open(target, "w", encoding="utf-8").write(original)
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
