"""Summarises infra/perf/run.sh's raw figures: the table of docs/performance.md and the ratios against the goals."""
import statistics
import sys
from collections import defaultdict
from pathlib import Path

out = Path(sys.argv[1])
rows = [line.split() for line in (out / "results.txt").read_text().splitlines() if line.strip()]
# db round workload rps p50 p99 non2xx socket_errors requests peak_rss_mb
runs = defaultdict(list)
for db, rnd, name, rps, p50, p99, non2xx, sock, reqs, hwm in rows:
    runs[(db, name)].append(dict(round=int(rnd), rps=float(rps), p50=float(p50), p99=float(p99),
                                 errors=int(non2xx) + int(sock), requests=int(reqs), hwm=int(hwm)))

median = statistics.median
print("| database | workload | requests/s (median of rounds) | p50 ms | p99 ms | peak RSS MB | errors | rounds: requests/s |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
for (db, name), rs in runs.items():
    per_round = " / ".join("%.0f" % r["rps"] for r in rs)
    print(f"| {db} | {name} | {median(r['rps'] for r in rs):.0f} | {median(r['p50'] for r in rs):.1f} | "
          f"{median(r['p99'] for r in rs):.1f} | {max(r['hwm'] for r in rs)} | {sum(r['errors'] for r in rs)} | "
          f"{per_round} |")

def ratio(db, a, b, key, invert=False):
    """Median over rounds of key(a)/key(b), pairing runs of the same round (they ran back to back)."""
    by_round = {r["round"]: r for r in runs.get((db, b), [])}
    values = [r[key] / by_round[r["round"]][key] for r in runs.get((db, a), []) if r["round"] in by_round]
    return median(values) if values else None

goals = [
    ("rps(W1)/rps(B0)", "W1", "B0", "rps", lambda v: v >= 0.75, ">= 0.75"),
    ("p99(W1)/p99(B0)", "W1", "B0", "p99", lambda v: v <= 1.5, "<= 1.5"),
    ("rps(W2)/rps(W1)", "W2", "W1", "rps", lambda v: v >= 0.5, ">= 0.5"),
    ("rps(B0)/rps(B0X)", "B0", "B0X", "rps", lambda v: v >= 0.9, ">= 0.9 (tenant filter cost < 10%)"),
]
print()
print("| database | ratio (median of rounds) | value | goal | met |")
print("| --- | --- | ---: | --- | --- |")
for db in sorted({db for db, _ in runs}):
    for label, a, b, key, ok, goal in goals:
        v = ratio(db, a, b, key)
        if v is not None:
            print(f"| {db} | {label} | {v:.2f} | {goal} | {'yes' if ok(v) else 'NO'} |")

soak = [line.split() for line in (out / "soak.txt").read_text().splitlines() if line.strip()] if (out / "soak.txt").exists() else []
if soak:
    rss = [int(m) for _, m in soak]
    print()
    print(f"Soak (W2, SQLite): RSS MB every 5 s: {' '.join(map(str, rss))}")
    half = len(rss) // 2
    print(f"first half max {max(rss[:half] or rss)} MB, second half max {max(rss[half:])} MB, last {rss[-1]} MB")
    result = (out / "soak-result.txt").read_text().strip()
    if result:
        print(f"Soak run: {result}")
