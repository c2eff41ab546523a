#!/usr/bin/env python3
"""Side-by-side speed benchmark of dxportal against Hugo on generated content.

    python3 bench/run.py [--sizes 1000,10000,50000] [--runs 5] [--work /tmp/dxportal-bench]
                         [--shared ../shared/bench] [--dxportal PATH]
                         [--no-floor] [--no-warm] [--quiet-wait 10]

For each corpus size N (number of articles):

1. Corpora.  `SHARED/gen_corpus.py` writes the dxportal tree WORK/dx-N and the equivalent
   Hugo tree WORK/hugo-N (`--format hugo`).  Each gets a `.stamp` file holding
   "N <first 12 hex digits of sha1(gen_corpus.py)>", the format run_cmark_floor.sh uses,
   and is regenerated from scratch when the stamp is missing or differs.  SHARED/hugo-site/
   (config.toml, layouts, static) is copied into WORK/hugo-N and the repository's
   templates/ replaces WORK/dx-N/templates on every invocation.
2. Warm-up: one dxportal build and one Hugo build, not counted.
3. --runs cold build pairs, interleaved (dxportal, Hugo, dxportal, Hugo, ...).  Every
   build writes into a new folder WORK/out/<tool>-N-<run>; nothing is deleted during the
   measurements.  dxportal starts without its build cache (WORK/dx-N/.dxportal-cache is
   deleted first); Hugo starts without resources/ and its --cacheDir.  Each build runs
   under GNU `/usr/bin/time -v`: wall s, user+sys CPU s and peak RSS.  Before each
   build the script calls sync(2) (untimed) and waits until the machine is quiet (1 s
   /proc/stat windows, < 0.25 busy cores, at most --quiet-wait s), then records the
   CPU time other processes used during the build ("foreign CPU").  Files and *.html
   files in the output folder are counted afterwards.
4. Warm rebuild (dxportal only, unless --no-warm): a cold build into WORK/out/dx-N-warm,
   then --runs times: append one sentence to the first article (sorted path order under
   content/articles/) and rebuild into the same folder with the cache kept.  The article
   is restored byte for byte afterwards (also on error or Ctrl-C; a backup copy in
   WORK/dx-N/.warm-article-backup covers a killed run and is restored on the next one).
5. cmark floor (unless --no-floor): `SHARED/run_cmark_floor.sh N` on WORK/dx-N with
   WORK=WORK/floor; its libcmark-tree-N (one process) and libcmark-tree-2p-N (two
   processes) records are read from WORK/floor/results/floor.jsonl.  The floor is the
   median wall time of libcmark-tree-2p-N.

Output: one Markdown table per size on stdout, also appended to
WORK/results/bench-<UTC timestamp>.md; every raw measurement as one JSON line in
WORK/results/bench-<UTC timestamp>.jsonl; with several sizes, a scaling summary; then the
machine description.  All of WORK/out is deleted at the end (also on Ctrl-C, best effort).

Python 3 standard library only.  Needs hugo, GNU time, and for the floor cmark,
libcmark-dev and cc:  apt-get install -y hugo time cmark libcmark-dev
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
INSTALL_HINT = "apt-get install -y hugo time cmark libcmark-dev"
GNU_TIME = Path("/usr/bin/time")
CLOCK_TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")
QUIET_BUSY_CORES = 0.25
DX_CACHE_FOLDER = ".dxportal-cache"
WARM_EDIT_LINE = "\nCập nhật thêm một câu cho lần đo {i}.\n"
WARM_ARTICLE_BACKUP = ".warm-article-backup"
FLOOR_LABEL_ONE_PROCESS = "libcmark-tree-{n}"
FLOOR_LABEL_TWO_PROCESSES = "libcmark-tree-2p-{n}"
# a run where other processes used more than this many cores on average is flagged
NOISY_FOREIGN_CORES = 0.1


class BenchError(Exception):
    """A problem that ends the benchmark with a message and a non-zero exit."""


@dataclass(frozen=True)
class Settings:
    sizes: tuple
    runs: int
    work: Path
    shared: Path
    dxportal: Path  # None: build it with swift
    floor: bool
    warm: bool
    quiet_wait: float

    @property
    def out_root(self):
        return self.work / "out"

    @property
    def results_dir(self):
        return self.work / "results"

    @property
    def floor_work(self):
        return self.work / "floor"

    def dx_root(self, n):
        return self.work / f"dx-{n}"

    def hugo_root(self, n):
        return self.work / f"hugo-{n}"


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

def parse_sizes(text):
    try:
        sizes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of integers: {text!r}")
    if not sizes or any(n <= 0 for n in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive integers")
    return sizes


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def parse_settings(argv):
    parser = argparse.ArgumentParser(
        prog="bench/run.py",
        description="Benchmark dxportal against Hugo on generated corpora: cold builds "
                    "(interleaved pairs), dxportal warm rebuilds and the cmark floor. "
                    "Prints one Markdown table per corpus size.",
        epilog="Results: WORK/results/bench-<UTC timestamp>.md (tables) and .jsonl (every raw "
               "measurement). Build outputs go to WORK/out/<tool>-N-<run> and are all deleted "
               "at the end. Needs: " + INSTALL_HINT,
    )
    parser.add_argument("--sizes", type=parse_sizes, default=parse_sizes("1000,10000,50000"),
                        help="comma-separated corpus sizes, in articles (gen_corpus.py --articles); "
                             "default: 1000,10000,50000")
    parser.add_argument("--runs", type=positive_int, default=5,
                        help="measured cold build pairs per size; also the number of warm "
                             "rebuilds and the RUNS of the cmark floor; default: 5")
    parser.add_argument("--work", type=Path, default=Path("/tmp/dxportal-bench"),
                        help="work folder: corpora (dx-N, hugo-N, kept and reused while their "
                             "stamp matches), out/ (build outputs, deleted at the end), "
                             "floor/ and results/; default: /tmp/dxportal-bench")
    parser.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared" / "bench",
                        help="the shared benchmark kit (gen_corpus.py, hugo-site/, "
                             "run_cmark_floor.sh, measure.py); only read, never modified; "
                             "default: <repository>/../shared/bench")
    parser.add_argument("--dxportal", type=Path, default=None,
                        help="dxportal binary to measure; default: run `swift build -c release "
                             "--product dxportal` in the repository and use .build/release/dxportal")
    parser.add_argument("--no-floor", dest="floor", action="store_false",
                        help="skip the cmark floor (run_cmark_floor.sh)")
    parser.add_argument("--no-warm", dest="warm", action="store_false",
                        help="skip the dxportal warm rebuilds (one article edited between builds)")
    parser.add_argument("--quiet-wait", type=float, default=10.0,
                        help="before each measured build, wait at most this many seconds for "
                             "a 1 s window with < 0.25 busy cores; 0 starts at once; default: 10")
    args = parser.parse_args(argv)
    return Settings(
        sizes=args.sizes,
        runs=args.runs,
        work=args.work.expanduser().resolve(),
        shared=args.shared.expanduser().resolve(),
        dxportal=args.dxportal.expanduser().absolute() if args.dxportal else None,
        floor=args.floor,
        warm=args.warm,
        quiet_wait=max(0.0, args.quiet_wait),
    )


# --------------------------------------------------------------------------
# Prerequisites
# --------------------------------------------------------------------------

def check_prerequisites(settings):
    problems = []
    if shutil.which("hugo") is None:
        problems.append("`hugo` is not on PATH")
    if not (GNU_TIME.is_file() and os.access(GNU_TIME, os.X_OK)):
        problems.append(f"{GNU_TIME} (GNU time) is missing")
    if settings.floor:
        for tool in ("cmark", "cc", "bash"):
            if shutil.which(tool) is None:
                problems.append(f"`{tool}` is not on PATH (needed by the cmark floor; or pass --no-floor)")
    if not settings.shared.is_dir():
        problems.append(f"the shared benchmark folder {settings.shared} does not exist (see --shared)")
    else:
        needed = ["gen_corpus.py", "hugo-site"]
        if settings.floor:
            needed += ["run_cmark_floor.sh", "measure.py", "cmark_tree.c"]
        for name in needed:
            if not (settings.shared / name).exists():
                problems.append(f"{settings.shared / name} is missing")
    if settings.dxportal is None and shutil.which("swift") is None:
        problems.append("`swift` is not on PATH (needed to build dxportal; or pass --dxportal)")
    if settings.dxportal is not None and not os.access(settings.dxportal, os.X_OK):
        problems.append(f"--dxportal {settings.dxportal} is not an executable file")
    if problems:
        raise BenchError("\n  ".join(["missing prerequisites:"] + problems)
                         + f"\nhint: {INSTALL_HINT}")


def build_dxportal_binary():
    log("building dxportal: swift build -c release --product dxportal")
    result = subprocess.run(["swift", "build", "-c", "release", "--product", "dxportal"],
                            cwd=REPO_ROOT)
    if result.returncode != 0:
        raise BenchError(f"swift build failed (exit {result.returncode})")
    binary = REPO_ROOT / ".build" / "release" / "dxportal"
    if not os.access(binary, os.X_OK):
        raise BenchError(f"swift build succeeded but {binary} is missing")
    return binary


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def remove_tree(path):
    shutil.rmtree(path, ignore_errors=True)


def sha1_of_file(path):
    return hashlib.sha1(path.read_bytes()).hexdigest()


def first_lines(text, count=20):
    lines = text.strip().splitlines()
    shown = "\n".join(lines[:count])
    if len(lines) > count:
        shown += f"\n... ({len(lines) - count} more lines)"
    return shown


def command_first_line(cmd):
    try:
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "not available"
    lines = result.stdout.strip().splitlines()
    return lines[0] if lines else "not available"


# --------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------

def corpus_stamp(shared, n):
    """The stamp run_cmark_floor.sh writes and compares: "N <sha1[:12] of gen_corpus.py>"."""
    return f"{n} {sha1_of_file(shared / 'gen_corpus.py')[:12]}"


def read_stamp(root):
    try:
        return (root / ".stamp").read_text().strip()
    except OSError:
        return None


def ensure_corpus(shared, root, n, corpus_format):
    stamp = corpus_stamp(shared, n)
    if read_stamp(root) == stamp and (root / "content").is_dir():
        log(f"{root}: corpus is current ({stamp})")
        return
    log(f"generating {n} articles ({corpus_format}) in {root}")
    remove_tree(root)
    command = [sys.executable, str(shared / "gen_corpus.py"), str(root), "--articles", str(n)]
    if corpus_format == "hugo":
        command += ["--format", "hugo"]
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise BenchError(f"gen_corpus.py failed for {root} (exit {result.returncode}):\n"
                         + first_lines(result.stderr, 40))
    (root / ".stamp").write_text(stamp + "\n")


def install_hugo_site(shared, hugo_root):
    shutil.copytree(shared / "hugo-site", hugo_root, dirs_exist_ok=True)


def install_dx_templates(dx_root):
    target = dx_root / "templates"
    remove_tree(target)
    shutil.copytree(REPO_ROOT / "templates", target)


def prepare_corpora(settings, n):
    ensure_corpus(settings.shared, settings.dx_root(n), n, "dxportal")
    ensure_corpus(settings.shared, settings.hugo_root(n), n, "hugo")
    install_hugo_site(settings.shared, settings.hugo_root(n))
    install_dx_templates(settings.dx_root(n))
    restore_leftover_article_backup(settings.dx_root(n))


# --------------------------------------------------------------------------
# Measuring one command (the logic of SHARED/measure.py)
# --------------------------------------------------------------------------

def cpu_busy_jiffies():
    """Busy jiffies of all CPUs together (total minus idle and iowait), from /proc/stat."""
    with open("/proc/stat") as stat:
        values = [int(x) for x in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    total = sum(values[:8])  # guest time is already counted in user
    return total - idle


def busy_cores_during(window_seconds):
    before = cpu_busy_jiffies()
    time.sleep(window_seconds)
    return (cpu_busy_jiffies() - before) / CLOCK_TICKS_PER_SECOND / window_seconds


def wait_until_quiet(max_wait):
    """Return as soon as one 1 s window shows < 0.25 busy cores, or after max_wait s."""
    start = time.time()
    while time.time() - start < max_wait:
        if busy_cores_during(1.0) < QUIET_BUSY_CORES:
            break
    return time.time() - start


def load_average_1min():
    with open("/proc/loadavg") as loadavg:
        return float(loadavg.read().split()[0])


def parse_gnu_time_report(path):
    fields = {}
    with open(path, errors="replace") as report:
        for line in report:
            match = re.match(r"^\s*(.+?):\s+(\S+)\s*$", line)
            if match:
                fields[match.group(1)] = match.group(2)
    return fields


def report_number(fields, key):
    try:
        return float(fields[key])
    except (KeyError, ValueError):
        raise BenchError(f"/usr/bin/time -v did not report {key!r}; is it GNU time?")


def measure_command(command, cwd=None, quiet_wait=0.0):
    """Run command under /usr/bin/time -v; return its measurement, or raise on failure."""
    os.sync()  # untimed: the previous build's writeback should not land in this one
    waited = wait_until_quiet(quiet_wait) if quiet_wait > 0 else 0.0
    load_before = load_average_1min()
    fd, report_path = tempfile.mkstemp(prefix="bench-time-", suffix=".txt")
    os.close(fd)
    try:
        busy_before = cpu_busy_jiffies()
        start = time.perf_counter()
        result = subprocess.run([str(GNU_TIME), "-v", "-o", report_path] + [str(c) for c in command],
                                cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        busy = (cpu_busy_jiffies() - busy_before) / CLOCK_TICKS_PER_SECOND
        fields = parse_gnu_time_report(report_path)
    finally:
        os.unlink(report_path)
    stderr = result.stderr.decode("utf-8", errors="replace")
    if result.returncode != 0:
        raise BenchError(f"command failed (exit {result.returncode}): {' '.join(map(str, command))}\n"
                         + (first_lines(stderr, 60) or "(no stderr)"))
    user = report_number(fields, "User time (seconds)")
    system = report_number(fields, "System time (seconds)")
    rss_kb = report_number(fields, "Maximum resident set size (kbytes)")
    return {
        "wall_s": round(wall, 3),
        "user_s": user,
        "sys_s": system,
        "cpu_s": round(user + system, 2),
        "max_rss_mb": round(rss_kb / 1024.0, 1),
        "foreign_cpu_s": round(max(0.0, busy - user - system), 2),
        "waited_s": round(waited, 1),
        "loadavg1_before": load_before,
        "cmd": " ".join(map(str, command)),
        "stderr": stderr,
    }


def count_output_files(folder):
    files = html = 0
    for _, _, names in os.walk(folder):
        files += len(names)
        html += sum(1 for name in names if name.endswith(".html"))
    return files, html


# --------------------------------------------------------------------------
# Builds
# --------------------------------------------------------------------------

def output_folder(settings, tool, n, run):
    """A fresh output folder; a leftover from an interrupted invocation is never reused."""
    folder = settings.out_root / f"{tool}-{n}-{run}"
    if folder.exists():
        raise BenchError(f"{folder} already exists; output folders are never reused")
    settings.out_root.mkdir(parents=True, exist_ok=True)
    return folder


def dxportal_build_command(settings, binary, n, out):
    return [binary, "build", "--quiet", "--root", settings.dx_root(n), "--output", out]


def dxportal_cold_build(settings, binary, n, out, quiet_wait):
    remove_tree(settings.dx_root(n) / DX_CACHE_FOLDER)
    return measure_command(dxportal_build_command(settings, binary, n, out), quiet_wait=quiet_wait)


def dxportal_warm_build(settings, binary, n, out, quiet_wait):
    return measure_command(dxportal_build_command(settings, binary, n, out), quiet_wait=quiet_wait)


def hugo_cold_build(settings, n, out, quiet_wait):
    root = settings.hugo_root(n)
    cache = root / ".hugo_cache"
    remove_tree(root / "resources")
    remove_tree(cache)
    command = ["hugo", "--quiet", "--cacheDir", cache, "-d", out]
    return measure_command(command, cwd=root, quiet_wait=quiet_wait)


def cold_build(settings, binary, tool, n, out, quiet_wait):
    if tool == "dx":
        return dxportal_cold_build(settings, binary, n, out, quiet_wait)
    return hugo_cold_build(settings, n, out, quiet_wait)


TOOL_NAMES = {"dx": "dxportal", "hugo": "Hugo"}


def record_build(recorder, n, tool, phase, run, measurement, out=None):
    record = {"size": n, "tool": TOOL_NAMES[tool], "phase": phase, "run": run}
    record.update({k: v for k, v in measurement.items() if k != "stderr"})
    if out is not None:
        record["files"], record["html"] = count_output_files(out)
        record["out"] = str(out)
    recorder.write_record(record)
    return record


def describe_build(record):
    text = (f"{record['wall_s']:.2f} s wall, {record['cpu_s']:.2f} s CPU, "
            f"{record['max_rss_mb']:.0f} MB, foreign CPU {record['foreign_cpu_s']:.2f} s")
    if "files" in record:
        text += f", {record['files']} files ({record['html']} HTML)"
    return text


def warm_up(settings, binary, n, recorder):
    for tool in ("dx", "hugo"):
        out = output_folder(settings, tool, n, "warmup")
        measurement = cold_build(settings, binary, tool, n, out, quiet_wait=0.0)
        record = record_build(recorder, n, tool, "warmup", 0, measurement, out)
        log(f"{n}: warm-up {TOOL_NAMES[tool]}: {describe_build(record)}")
        if measurement["stderr"].strip():
            log(f"{TOOL_NAMES[tool]} wrote to stderr:\n{first_lines(measurement['stderr'])}")


def measure_cold_pairs(settings, binary, n, recorder):
    runs = {"dx": [], "hugo": []}
    for run in range(1, settings.runs + 1):
        for tool in ("dx", "hugo"):
            out = output_folder(settings, tool, n, run)
            measurement = cold_build(settings, binary, tool, n, out, settings.quiet_wait)
            record = record_build(recorder, n, tool, "cold", run, measurement, out)
            runs[tool].append(record)
            log(f"{n}: {TOOL_NAMES[tool]} cold {run}/{settings.runs}: {describe_build(record)}")
    return runs["dx"], runs["hugo"]


# --------------------------------------------------------------------------
# Warm rebuilds
# --------------------------------------------------------------------------

def first_article(dx_root):
    articles = dx_root / "content" / "articles"
    candidates = sorted(p for p in articles.rglob("*.md") if p.is_file())
    if not candidates:
        raise BenchError(f"no article under {articles}")
    return candidates[0]


def restore_leftover_article_backup(dx_root):
    """A killed earlier invocation may have left the first article edited: restore it."""
    backup = dx_root / WARM_ARTICLE_BACKUP
    if backup.exists():
        article = first_article(dx_root)
        log(f"restoring {article} from a leftover {backup.name}")
        article.write_bytes(backup.read_bytes())
        backup.unlink()


class EditedArticle:
    """Context manager: the article's original bytes are put back on exit, whatever happens."""

    def __init__(self, dx_root):
        self.article = first_article(dx_root)
        self.backup = dx_root / WARM_ARTICLE_BACKUP
        self.original = None

    def __enter__(self):
        self.original = self.article.read_bytes()
        self.backup.write_bytes(self.original)
        return self

    def append_edit(self, i):
        with open(self.article, "a", encoding="utf-8") as article:
            article.write(WARM_EDIT_LINE.format(i=i))

    def __exit__(self, *exc_info):
        self.article.write_bytes(self.original)
        if self.article.read_bytes() == self.original:
            self.backup.unlink()
        return False


def measure_warm_rebuilds(settings, binary, n, recorder):
    out = output_folder(settings, "dx", n, "warm")
    base = dxportal_cold_build(settings, binary, n, out, quiet_wait=0.0)
    record_build(recorder, n, "dx", "warm-base", 0, base, out)
    warm_runs = []
    with EditedArticle(settings.dx_root(n)) as edited:
        log(f"{n}: warm rebuilds edit {edited.article}")
        for run in range(1, settings.runs + 1):
            edited.append_edit(run)
            measurement = dxportal_warm_build(settings, binary, n, out, settings.quiet_wait)
            record = record_build(recorder, n, "dx", "warm", run, measurement)
            warm_runs.append(record)
            log(f"{n}: dxportal warm {run}/{settings.runs}: {describe_build(record)}")
    return warm_runs


# --------------------------------------------------------------------------
# cmark floor
# --------------------------------------------------------------------------

def file_length(path):
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_json_lines_from(path, offset):
    records = []
    with open(path, "rb") as jsonl:
        jsonl.seek(offset)
        for line in jsonl.read().decode("utf-8", errors="replace").splitlines():
            line = line.strip()
            if line.startswith("{"):
                records.append(json.loads(line))
    return records


def measure_floor(settings, n, recorder):
    floor_jsonl = settings.floor_work / "results" / "floor.jsonl"
    offset = file_length(floor_jsonl)
    environment = dict(os.environ,
                       WORK=str(settings.floor_work),
                       CORPUS=str(settings.dx_root(n)),
                       RUNS=str(settings.runs),
                       QUIET_WAIT=str(settings.quiet_wait),
                       HUGO_PUBLIC="/nonexistent")
    log(f"{n}: cmark floor: bash {settings.shared / 'run_cmark_floor.sh'} {n}")
    result = subprocess.run(["bash", str(settings.shared / "run_cmark_floor.sh"), str(n)],
                            env=environment, stdout=subprocess.DEVNULL)
    if result.returncode != 0:
        raise BenchError(f"run_cmark_floor.sh {n} failed (exit {result.returncode})")
    if read_stamp(settings.dx_root(n)) != corpus_stamp(settings.shared, n):
        raise BenchError(f"run_cmark_floor.sh changed the stamp of {settings.dx_root(n)}")
    records = read_json_lines_from(floor_jsonl, offset) if floor_jsonl.exists() else []
    for record in records:
        recorder.write_record(dict(record, size=n, tool="cmark floor", phase="floor"))
    used = {FLOOR_LABEL_ONE_PROCESS.format(n=n), FLOOR_LABEL_TWO_PROCESSES.format(n=n)}
    failed = [r["label"] for r in records if r.get("exit", 0) != 0]
    if any(label in used for label in failed):
        raise BenchError(f"cmark floor runs failed: {', '.join(failed)}")
    if failed:
        # The script's other variants pass every file name on one command line, which is too
        # long at 50,000 files; only the libcmark-tree runs are reported.
        log(f"{n}: floor variants not reported failed: {', '.join(sorted(set(failed)))}")
    one = [r for r in records if r["label"] == FLOOR_LABEL_ONE_PROCESS.format(n=n)]
    two = [r for r in records if r["label"] == FLOOR_LABEL_TWO_PROCESSES.format(n=n)]
    if not one or not two:
        raise BenchError(f"{floor_jsonl} has no libcmark-tree records for {n} from this run")
    return one, two


# --------------------------------------------------------------------------
# Statistics and the table
# --------------------------------------------------------------------------

def spread(values):
    """(median, min, max) of a non-empty list."""
    return statistics.median(values), min(values), max(values)


def format_spread(values, digits=2, suffix=""):
    if not values:
        return "–"
    median, low, high = spread(values)
    if low == high:
        return f"{median:.{digits}f}{suffix}"
    return f"{median:.{digits}f}{suffix} ({low:.{digits}f}–{high:.{digits}f})"


def column(records, key):
    return [r[key] for r in records]


def per_pair_ratios(dx_runs, hugo_runs, key):
    return [dx[key] / hugo[key] for dx, hugo in zip(dx_runs, hugo_runs) if hugo[key] > 0]


def median_of(records, key):
    return statistics.median(column(records, key))


def measured_row(name, records, with_counts=True):
    cells = [name,
             format_spread(column(records, "wall_s")),
             format_spread(column(records, "cpu_s")),
             format_spread(column(records, "max_rss_mb"), 0)]
    if with_counts:
        cells += [format_spread(column(records, "files"), 0), format_spread(column(records, "html"), 0)]
    else:
        cells += ["–", "–"]
    cells.append(format_spread(column(records, "foreign_cpu_s"), 1))
    return cells


def ratio_cell(value):
    return f"{value:.2f}×"


def noisy_runs(records):
    noisy = []
    for r in records:
        if r["wall_s"] > 0 and r["foreign_cpu_s"] / r["wall_s"] >= NOISY_FOREIGN_CORES:
            name = r.get("label") or f"{r['tool']} {r['phase']} {r['run']}"
            noisy.append(f"{name} ({r['foreign_cpu_s']:.1f} s foreign CPU in {r['wall_s']:.1f} s)")
    return noisy


def size_table(n, settings, dx_runs, hugo_runs, floor, warm_runs):
    header = ["", "wall s", "CPU s (user+sys)", "peak RSS MB", "files written", "HTML pages",
              "foreign CPU s"]
    rows = [measured_row("dxportal (cold)", dx_runs), measured_row("Hugo (cold)", hugo_runs)]
    rows.append(["ratio dxportal/Hugo (per pair)",
                 format_spread(per_pair_ratios(dx_runs, hugo_runs, "wall_s"), suffix="×"),
                 format_spread(per_pair_ratios(dx_runs, hugo_runs, "cpu_s"), suffix="×"),
                 format_spread(per_pair_ratios(dx_runs, hugo_runs, "max_rss_mb"), suffix="×"),
                 "–", "–", "–"])
    dx_wall = median_of(dx_runs, "wall_s")
    if floor is not None:
        one, two = floor
        floor_wall = median_of(two, "wall_s")
        rows.append(measured_row("floor: libcmark-tree, 2 processes", two, with_counts=False))
        rows.append(measured_row("floor: libcmark-tree, 1 process", one, with_counts=False))
        rows.append(["dxportal median wall / floor (2 processes)",
                     ratio_cell(dx_wall / floor_wall), "–", "–", "–", "–", "–"])
        rows.append(["Hugo median wall / floor (2 processes)",
                     ratio_cell(median_of(hugo_runs, "wall_s") / floor_wall), "–", "–", "–", "–", "–"])
    if warm_runs:
        rows.append(measured_row("dxportal warm rebuild (1 article edited)", warm_runs, with_counts=False))
        warm_ratios = [r["wall_s"] / dx_wall for r in warm_runs]
        rows.append(["warm / cold (wall, ÷ median cold dxportal wall)",
                     format_spread(warm_ratios, suffix="×"), "–", "–", "–", "–", "–"])
    lines = [f"### {n:,} articles ({settings.runs} run{'s' if settings.runs != 1 else ''} each; "
             "median (min–max))", "",
             "| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    measured = dx_runs + hugo_runs + (warm_runs or []) + (floor[0] + floor[1] if floor else [])
    noisy = noisy_runs(measured)
    lines.append("")
    if noisy:
        lines.append(f"Noisy runs (other processes used ≥ {NOISY_FOREIGN_CORES} cores): "
                     + "; ".join(noisy))
    else:
        lines.append(f"No noisy run (other processes used < {NOISY_FOREIGN_CORES} cores in every run).")
    return "\n".join(lines) + "\n"


def short_size(n):
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def scaling_summary(median_walls):
    """median_walls: {tool name: {size: median wall s}}, sizes ascending."""
    lines = ["### Scaling (median cold wall s)", ""]
    for tool, by_size in median_walls.items():
        sizes = sorted(by_size)
        largest = sizes[-1]
        reference = 10000 if 10000 in by_size and largest != 10000 else sizes[0]
        walls = ", ".join(f"{size:,}: {by_size[size]:.2f} s" for size in sizes)
        ratio = by_size[largest] / by_size[reference] if by_size[reference] > 0 else float("nan")
        lines.append(f"- {tool}: {walls}; {short_size(largest)}/{short_size(reference)} = "
                     f"{ratio:.2f}× (articles ×{largest / reference:.1f})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Machine description
# --------------------------------------------------------------------------

def cpu_model():
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total_gib():
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_description(dxportal_binary):
    return [
        f"- nproc: {command_first_line(['nproc'])}",
        f"- CPU: {cpu_model()}",
        f"- memory: {memory_total_gib()}",
        f"- kernel: {platform.system()} {platform.release()}",
        f"- hugo: {command_first_line(['hugo', 'version'])}",
        f"- swift: {command_first_line(['swift', '--version'])}",
        f"- cmark: {command_first_line(['cmark', '--version'])}",
        f"- dxportal: {dxportal_binary} (git {command_first_line(['git', '-C', str(REPO_ROOT), 'describe', '--always', '--dirty'])})",
    ]


# --------------------------------------------------------------------------
# Results files
# --------------------------------------------------------------------------

class Recorder:
    """Appends raw measurements (JSON lines) and tables (Markdown) to this invocation's files."""

    def __init__(self, results_dir, timestamp):
        results_dir.mkdir(parents=True, exist_ok=True)
        self.jsonl_path = results_dir / f"bench-{timestamp}.jsonl"
        self.markdown_path = results_dir / f"bench-{timestamp}.md"

    def write_record(self, record):
        with open(self.jsonl_path, "a", encoding="utf-8") as jsonl:
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")

    def append_markdown(self, text):
        with open(self.markdown_path, "a", encoding="utf-8") as markdown:
            markdown.write(text + "\n")


def publish(recorder, text):
    print(text, flush=True)
    recorder.append_markdown(text)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def benchmark_size(settings, binary, n, recorder):
    log(f"=== {n} articles ===")
    prepare_corpora(settings, n)
    warm_up(settings, binary, n, recorder)
    dx_runs, hugo_runs = measure_cold_pairs(settings, binary, n, recorder)
    warm_runs = measure_warm_rebuilds(settings, binary, n, recorder) if settings.warm else None
    floor = measure_floor(settings, n, recorder) if settings.floor else None
    publish(recorder, size_table(n, settings, dx_runs, hugo_runs, floor, warm_runs))
    return median_of(dx_runs, "wall_s"), median_of(hugo_runs, "wall_s")


def remove_leftover_outputs(settings):
    if settings.out_root.exists() and any(settings.out_root.iterdir()):
        log(f"removing output folders left in {settings.out_root} by an earlier invocation")
        remove_tree(settings.out_root)
        os.sync()


def raise_keyboard_interrupt_on_sigterm():
    def handler(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, handler)


def main(argv):
    settings = parse_settings(argv)
    check_prerequisites(settings)
    raise_keyboard_interrupt_on_sigterm()
    binary = settings.dxportal or build_dxportal_binary()
    timestamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    recorder = Recorder(settings.results_dir, timestamp)
    machine = machine_description(binary)
    recorder.append_markdown(f"# dxportal vs Hugo, {timestamp}\n\n"
                             f"`python3 bench/run.py {' '.join(argv)}`\n\n" + "\n".join(machine) + "\n")
    recorder.write_record({"type": "machine", "timestamp": timestamp, "argv": argv, "machine": machine})
    median_walls = {"dxportal": {}, "Hugo": {}}
    remove_leftover_outputs(settings)
    try:
        for n in settings.sizes:
            dx_wall, hugo_wall = benchmark_size(settings, binary, n, recorder)
            median_walls["dxportal"][n] = dx_wall
            median_walls["Hugo"][n] = hugo_wall
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        log(f"deleting the output folders in {settings.out_root}")
        remove_tree(settings.out_root)
    if len(median_walls["dxportal"]) > 1:
        publish(recorder, scaling_summary(median_walls))
    print("### Machine\n\n" + "\n".join(machine) + "\n")
    print(f"tables: {recorder.markdown_path}\nraw measurements: {recorder.jsonl_path}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
