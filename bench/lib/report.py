#!/usr/bin/env python3
"""bench/results/proof.md from what bench/run.sh measured (its artifacts directory).

Usage: report.py <artifacts dir> <command> <seconds per run> <connections>
Reads results.tsv (one row per system, screen, latency and cache state), machine.txt, and BenchmarkDotNet's JSON
report under comparison/; prints the Markdown: the machine and command, one table per screen and latency, the ratios,
the engine comparison and the goals of issue 13 (met, or missed by how much).
"""
import csv
import glob
import json
import sys

SCREENS = {
    "product-detail": "mobile product-detail screen (bff-mobile ProductDetail)",
    "product-page": "web product page (bff-web productPage)",
    "product-list": "ten-product list (bff-mobile RecentlyViewed, bff-web products(ids:))",
}
# Rounds of backend calls that depend on each other: the slowest critical path is this many backend latencies.
LEVELS = {"product-detail": 2, "product-page": 2, "product-list": 1}
# The BFFs that serve each screen.
BFFS = {"product-detail": ["bff-mobile"], "product-page": ["bff-web"], "product-list": ["bff-mobile", "bff-web"]}
SYSTEM_ORDER = ["naive", "bff-mobile", "bff-web", "aggregator", "hive-gateway", "apollo-server"]


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def load_rows(out):
    with open(f"{out}/results.tsv", encoding="utf-8") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def find(rows, screen, latency, system, cache="-"):
    for row in rows:
        if row["screen"] == screen and row["latency_ms"] == latency and row["system"] == system and row["cache"] == cache:
            return row
    return None


def rps(row):
    return number(row["req_s"]) if row else None


def ms(value):
    return f"{value} ms" if number(value) is not None else "—"


def screen_table(rows, screen, latency):
    lines = [
        f"### {SCREENS[screen]}, backends at {latency} ms",
        "",
        "| system | cache | backend calls / request: first, again, under load | req/s | p50 | p90 | p99 | server CPU s (ms / request) | peak RSS | requests | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    chosen = [r for r in rows if r["screen"] == screen and r["latency_ms"] == latency]
    chosen.sort(key=lambda r: (SYSTEM_ORDER.index(r["system"]) if r["system"] in SYSTEM_ORDER else 99, r["cache"]))
    for r in chosen:
        if r["note"] and r["req_s"] == "-" and r["system"] != "naive":
            lines.append(f"| {r['system']} | | {r['note']} | | | | | | | | |")
            continue
        calls = f"{r['calls_first']}, {r['calls_again']}, {r['calls_per_req']}" if r["system"] != "naive" else f"{r['calls_first']} (sequential)"
        cpu = f"{r['cpu_s']} ({r['cpu_ms_per_req']})" if r["cpu_s"] != "-" else "—"
        rss = f"{r['peak_rss_mb']} MB" if r["peak_rss_mb"] != "-" else "—"
        system = r["system"] + (f" ({r['note']})" if r["note"] else "")
        lines.append(f"| {system} | {r['cache'] if r['cache'] != '-' else ''} | {calls} | {r['req_s'] if r['req_s'] != '-' else '—'} | "
                     f"{ms(r['p50_ms'])} | {ms(r['p90_ms'])} | {ms(r['p99_ms'])} | {cpu} | {rss} | {r['requests']} | {r['errors']} |")
    return lines + [""]


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(x, suffix="×"):
    return f"{x:.2f}{suffix}" if x is not None else "—"


def ratio_table(rows, latencies):
    lines = [
        "| screen | backends | BFF | cold ÷ aggregator | cold ÷ Hive Gateway | cold ÷ Apollo Server | warm ÷ cold | cold p50 − critical path | aggregator p50 − critical path |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for screen in SCREENS:
        for latency in latencies:
            for bff in BFFS[screen]:
                cold, warm = find(rows, screen, latency, bff, "cold"), find(rows, screen, latency, bff, "warm")
                if not cold:
                    continue
                agg = find(rows, screen, latency, "aggregator")
                critical = LEVELS[screen] * float(latency)
                lines.append(
                    f"| {screen} | {latency} ms | {bff} | {fmt(ratio(rps(cold), rps(agg)))} | "
                    f"{fmt(ratio(rps(cold), rps(find(rows, screen, latency, 'hive-gateway'))))} | "
                    f"{fmt(ratio(rps(cold), rps(find(rows, screen, latency, 'apollo-server'))))} | {fmt(ratio(rps(warm), rps(cold)))} | "
                    f"{delta(cold, critical)} | {delta(agg, critical)} |")
    return lines + [""]


def delta(row, critical):
    p50 = number(row["p50_ms"]) if row else None
    return f"{p50 - critical:+.1f} ms" if p50 is not None else "—"


def engine(out):
    files = glob.glob(f"{out}/comparison/**/*.json", recursive=True)
    if not files:
        return None
    benchmarks = []
    for path in files:
        with open(path, encoding="utf-8") as file:
            benchmarks += json.load(file).get("Benchmarks", [])
    found = {}
    for benchmark in benchmarks:
        stats = benchmark.get("Statistics") or {}
        memory = benchmark.get("Memory") or {}
        found[benchmark.get("Method")] = (stats.get("Mean"), memory.get("BytesAllocatedPerOperation"))
    return found


def engine_table(found):
    if found is None:
        return ["Not run (BENCH_SYSTEMS without engine, or no BenchmarkDotNet report).", ""], []
    lines = [
        "| category | ours | GraphQL.NET | GraphQL.NET ÷ ours (time) | allocated: ours, GraphQL.NET |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    goals = []
    for title, ours, theirs in [("3 full request, no document cache", "FullRequestOurs", "FullRequestGraphQLNet"),
                                ("4 cached document, execute + serialize", "CachedOurs", "CachedGraphQLNet")]:
        (a, am), (b, bm) = found.get(ours, (None, None)), found.get(theirs, (None, None))
        r = ratio(b, a)
        lines.append(f"| {title} | {us(a)} | {us(b)} | {fmt(r)} | {kb(am)}, {kb(bm)} |")
        goals.append((f"engine ahead of GraphQL.NET: {title}", fmt(r), verdict_ratio(r, 1.0, strict=True)))
    return lines + [""], goals


def us(ns):
    return f"{ns / 1000:.2f} µs" if ns is not None else "—"


def kb(b):
    return f"{b / 1024:.1f} KB" if b is not None else "—"


def verdict_ratio(value, needed, strict=False):
    if value is None:
        return "not measured"
    if value > needed or (not strict and value >= needed):
        return "met"
    return f"missed by {(needed - value) / needed * 100:.0f}% ({value:.2f}× where {needed:g}× is needed)"


def goals(rows, latencies):
    found = []
    for screen in SCREENS:
        for latency in latencies:
            for bff in BFFS[screen]:
                cold, warm = find(rows, screen, latency, bff, "cold"), find(rows, screen, latency, bff, "warm")
                if not cold:
                    continue
                where = f"{screen}, {latency} ms, {bff}"
                critical = LEVELS[screen] * float(latency)
                p50 = number(cold["p50_ms"])
                if p50 is not None:
                    over = p50 - (critical + 2)
                    found.append((f"cold p50 ≤ critical path ({LEVELS[screen]} × {latency} ms) + 2 ms: {where}", f"{p50:.1f} ms",
                                  "met" if over <= 0 else f"missed by {over:.1f} ms"))
                hive = find(rows, screen, latency, "hive-gateway")
                r = ratio(rps(cold), rps(hive))
                found.append((f"throughput ≥ 3× Hive Gateway's: {where}", fmt(r),
                              verdict_ratio(r, 3) if r is not None else f"not measured (hive-gateway: {hive['note'] if hive else 'not run'})"))
                agg = find(rows, screen, latency, "aggregator")
                r = ratio(rps(cold), rps(agg))
                found.append((f"throughput ≥ 60% of the aggregator's: {where}", fmt(r * 100, "%") if r is not None else "—",
                              verdict_ratio(r, 0.6) if r is not None else "not measured"))
                r = ratio(rps(warm), rps(cold))
                found.append((f"warm ≥ 5× cold: {where}", fmt(r), verdict_ratio(r, 5)))
    for bff in ["bff-mobile", "bff-web"]:
        peaks = [number(r["peak_rss_mb"]) for r in rows if r["system"] == bff and number(r["peak_rss_mb"]) is not None]
        if peaks:
            peak = max(peaks)
            found.append((f"peak RSS < 200 MB under load: {bff}", f"{peak:.0f} MB", "met" if peak < 200 else f"missed by {peak - 200:.0f} MB"))
    return found


def main():
    out, command, seconds, connections = sys.argv[1:5]
    rows = load_rows(out)
    latencies = sorted({r["latency_ms"] for r in rows}, key=float)
    with open(f"{out}/machine.txt", encoding="utf-8") as file:
        machine = [line.rstrip() for line in file]
    lines = [
        "# Proof: the BFFs against the .NET limit and their peers, in one run",
        "",
        f"Made by `{command}` (bench/run.sh; this file is written by bench/lib/report.py).",
        "",
        *[f"- {line}" for line in machine],
        "",
        "## How",
        "",
        f"Every demo backend answers after a fixed injected latency (0 ms, then 20 ms per call). Each server is started "
        f"fresh for each screen and latency, its answer for product 42 (the list: 41..50) is checked against what the "
        f"backends return directly, it gets a warm-up at the same concurrency on fresh ids no measured run asks for (the cache-miss path, "
        f"until the JIT's tiering has settled: BENCH_WARMUP s), then wrk runs "
        f"{seconds} s at {connections} connections (2 threads). Cold: every request asks for products no earlier "
        f"request asked for (ids from 5001 on, the list ten at a time: copies of the seeded products under ids of "
        f"their own, BENCH_PRODUCT_IDS), so only the similar items' entries can be cached; a cold run that used up its ids is marked \"ids ran out\" (its figures are capped). Warm: the first 100 ids of the cold run, over and over. Peers "
        f"run with fresh ids too (an HTTP cache of theirs cannot help); the aggregator has no cache. Backend calls per "
        f"request: for the checked request, for the same request again, and under load (calls ÷ completed requests). "
        f"CPU and peak RSS are the server's process tree's during the measured run. Requests carry no Accept-Encoding "
        f"unless BENCH_COMPRESSION=1, so every system writes the same uncompressed bytes. The naive client is one "
        f"client making the screen's calls one after another ({'bench/bffs/naive.py'}).",
        "",
        "## Screens",
        "",
    ]
    for screen in SCREENS:
        for latency in latencies:
            if any(r["screen"] == screen and r["latency_ms"] == latency for r in rows):
                lines += screen_table(rows, screen, latency)
    lines += ["## Ratios", "", "Requests per second of the BFF's cold run divided by the other's; the critical path "
              "is the backend latency times the rounds of calls that depend on each other (product-detail and "
              "product-page 2, the list 1).", ""]
    lines += ratio_table(rows, latencies)
    lines += ["## Engine alone: ours against GraphQL.NET 8.8.5", "",
              "bench/Bff.GraphQL.Comparison, same schema, data, document and resolvers in one process, BenchmarkDotNet `--job short` (mean time per operation).", ""]
    table, engine_goals = engine_table(engine(out))
    lines += table
    lines += ["## Goals", "", "| goal | measured | verdict |", "| --- | ---: | --- |"]
    for goal, measured, verdict in goals(rows, latencies) + engine_goals:
        lines.append(f"| {goal} | {measured} | {verdict} |")
    lines.append("")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
