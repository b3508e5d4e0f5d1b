#!/usr/bin/env python3
"""Edit-to-reload latency of a running `site-gen serve`, as a browser with the page open sees it.

    bench/serve-latency.py SEED_FILE [--port 1313] [--edits 20] [--pause 1.5]

Subscribes to the server's live-reload stream, then appends a line to SEED_FILE --edits times,
--pause seconds apart, and times each append until the server announces the rebuilt site. Prints
the median, minimum and maximum in milliseconds. The server's own "Built ... in N ms" lines give
the rebuild time alone (without the watcher's 100 ms debounce). Uses only the Python standard
library. The appended lines stay in the file: run it on a copy of a corpus.
"""
import argparse
import http.client
import statistics
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed_file")
    ap.add_argument("--port", type=int, default=1313)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--pause", type=float, default=1.5, help="seconds between edits")
    args = ap.parse_args()

    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
    conn.request("GET", "/__site-gen/live")
    stream = conn.getresponse()
    if stream.status != 200:
        sys.exit("no live-reload stream at port %d: HTTP %d" % (args.port, stream.status))

    def next_event():
        data = None
        while True:
            line = stream.fp.readline()
            if not line:
                sys.exit("the server closed the live-reload stream")
            if line.startswith(b"data:"):
                data = line
            elif line.strip() == b"" and data is not None:
                return data

    next_event()  # the current build, sent on connect
    latencies = []
    for i in range(args.edits):
        time.sleep(args.pause)
        start = time.monotonic()
        with open(args.seed_file, "a", encoding="utf-8") as f:
            f.write("\nA sentence added by serve-latency, edit %d.\n" % (i + 1))
        next_event()
        latencies.append((time.monotonic() - start) * 1000)
    print("edit to reload: median %.0f ms, min %.0f, max %.0f over %d edits %.1f s apart"
          % (statistics.median(latencies), min(latencies), max(latencies), len(latencies), args.pause))


if __name__ == "__main__":
    main()
