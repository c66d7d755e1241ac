#!/usr/bin/env python3
"""Where the API's CPU goes during one workload: perf samples (perf script -F comm,tid,period,ip,sym) put in
categories by the first of the frames below that appears anywhere in a sample's stack. Used by run.sh with PROFILE=...;
the method and the figures are in docs/performance.md ("Where the CPU goes").

    python3 infra/perf/cpu_profile.py samples.txt [cpu-ms-per-request]
"""
import collections
import re
import sys

OTHER = "other (thread pool, timers, kernel, frames perf could not name)"
SQLITE_NATIVE = re.compile(r"(sqlite3|pcache|btree|yy_|vdbe|pthread|__GI___pthread|findElement|getAndInit|_int_|malloc|__mem)")


def in_stack(text):
    return lambda comm, stack: any(text in frame for frame in stack)


CATEGORIES = [
    ("batched loads (payer, patient, lines)", in_stack("BatchLoader`2+<FetchAsync>")),
    ("page query (claims connection)", in_stack("Paging+<PageByKeysAsync>")),
    ("sign-in (X-Dev-User: tenant look-up)", in_stack("DevelopmentAuthentication")),
    ("sign-in (bearer token: signature, token-table and account checks)", in_stack("OpenIddict.Validation")),
    ("validation", in_stack("DocumentValidator")),
    ("response serialisation", in_stack("GraphQLSerializer::WriteAsync")),
    ("GraphQL execution (engine, resolvers, loader bookkeeping)", in_stack("ExecuteNodeTreeAsync")),
    ("PHI-read audit", lambda comm, stack: any("PhiReads+<FlushAsync" in f or "PhiAuditWriter" in f for f in stack)),
    ("rest of the request (Kestrel, middleware, body parsing)", in_stack("ProcessRequests")),
    ("garbage collector threads", lambda comm, stack: comm.startswith((".NET Server GC", ".NET BGC"))),
    # libe_sqlite3 has no frame pointers, so perf cannot walk from its code back to the managed caller.
    ("SQLite native code (caller not walkable)", lambda comm, stack: bool(stack) and SQLITE_NATIVE.match(stack[0]) is not None
        and all(frame == "[unknown]" or "[" not in frame for frame in stack)),
]


def samples(path):
    comm, stack = None, None
    for line in open(path, errors="replace"):
        if not line.strip():
            if stack is not None:
                yield comm, stack
            stack = None
        elif not line.startswith(("\t", " ")):
            comm, stack = line[:16], []
        elif stack is not None:
            parts = line.strip().split(" ", 1)
            stack.append(parts[-1])
    if stack is not None:
        yield comm, stack


def main():
    counts, total = collections.Counter(), 0
    for comm, stack in samples(sys.argv[1]):
        total += 1
        counts[next((name for name, test in CATEGORIES if test(comm, stack)), OTHER)] += 1
    per_request = float(sys.argv[2]) if len(sys.argv) > 2 else None
    print(f"{total} samples" + (f", {per_request:.2f} ms of API CPU per request" if per_request else ""))
    print("| where | share | ms per request |" if per_request else "| where | share |")
    print("| --- | ---: | ---: |" if per_request else "| --- | ---: |")
    for name in [name for name, _ in CATEGORIES] + [OTHER]:
        share = counts[name] / max(total, 1)
        print(f"| {name} | {share * 100:.1f} % |" + (f" {share * per_request:.2f} |" if per_request else ""))


if __name__ == "__main__":
    main()
