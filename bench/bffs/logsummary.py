#!/usr/bin/env python3
"""What a BFF logged (Serilog compact JSON, one event per line) between two line numbers of its log.

Usage: logsummary.py <log> <first line, 1-based> <last line> <breakdown file>
Prints one line: served=<GraphQL requests answered> lines=<events> bytes=<bytes> problems=<n> aborted=<n>.
- served: the request logging middleware's lines for /graphql (one per request, whatever its status);
- aborted: requests logged as 5xx because the client went away (wrk stopping with requests in flight), which no
  client saw: OperationCanceledException;
- problems: every other event at Warning or above, and every other 5xx.
The breakdown file gets the events per level and message template, the most frequent first.
"""
import collections
import json
import sys


def main():
    path, first, last, breakdown = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    served = lines = size = problems = aborted = 0
    kinds = collections.Counter()
    examples = {}
    with open(path, encoding="utf-8", errors="replace") as log:
        for number, line in enumerate(log, start=1):
            if number < first:
                continue
            if number > last:
                break
            lines += 1
            size += len(line.encode("utf-8"))
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                kinds[("?", "not JSON")] += 1
                continue
            level = event.get("@l", "Information")
            status = event.get("StatusCode")
            if event.get("RequestPath") == "/graphql" and event.get("SourceContext") == "Serilog.AspNetCore.RequestLoggingMiddleware":
                served += 1
            failed = level in ("Warning", "Error", "Fatal") or (isinstance(status, int) and status >= 500)
            if failed and event.get("@x", "").startswith("System.OperationCanceledException"):
                aborted += 1
                kind = (level, "client went away (OperationCanceledException)")
            else:
                problems += failed
                kind = (level, event.get("SourceContext", "") + " " + event.get("@i", ""))
            kinds[kind] += 1
            examples.setdefault(kind, event.get("@m", "")[:300])
    with open(breakdown, "w", encoding="utf-8") as out:
        for (level, what), count in kinds.most_common():
            out.write(f"{count:7d} {level:<11} {what}\n        e.g. {examples.get((level, what), '')}\n")
    print(f"served={served} lines={lines} bytes={size} problems={problems} aborted={aborted}")


if __name__ == "__main__":
    main()
