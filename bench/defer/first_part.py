#!/usr/bin/env python3
"""Times the deferred product screen of bff-mobile, request by request, over one keep-alive connection.

Usage: first_part.py <host:port> <persisted id> <first product id> <count> <multipart|json>
Each request is a GET of the persisted ProductDetail for the next product id (each id once, so nothing comes from
the BFF's cache). With "multipart" it asks for Apollo's parts (deferSpec=20220824) and records the time to the end
of the first part and to the end of the last; with "json" it asks for one body and records the time to its end.
Prints one line per request: "<ms to first part> <ms to whole response>" (the same figure twice for json).
"""
import http.client
import json
import sys
import time
import urllib.parse

DELIMITER = b"\r\n---"
APOLLO_ACCEPT = "multipart/mixed;deferSpec=20220824, application/json"


def one(connection, operation_id, product_id, multipart):
    variables = json.dumps({"id": str(product_id), "imageWidth": 320})
    path = "/graphql?" + urllib.parse.urlencode({"id": operation_id, "variables": variables})
    accept = APOLLO_ACCEPT if multipart else "application/graphql-response+json"
    start = time.perf_counter()
    connection.request("GET", path, headers={"Accept": accept})
    response = connection.getresponse()
    if response.status != 200:
        raise SystemExit(f"product {product_id}: HTTP {response.status}: {response.read()[:300]!r}")
    first = None
    received = b""
    while True:
        chunk = response.read1(65536)
        if not chunk:
            break
        received += chunk
        # The first part is complete once the delimiter after its JSON has arrived (the body opens with one).
        if multipart and first is None and received.count(DELIMITER) >= 2:
            first = time.perf_counter()
    end = time.perf_counter()
    # The chunked body's end: marks the response done so the connection takes the next request.
    received += response.read()
    body = received.decode("utf-8")
    if multipart:
        if first is None or '"hasNext":false' not in body:
            raise SystemExit(f"product {product_id}: not a complete multipart answer: {body[:300]!r}")
    elif "topReviews" not in body or '"errors"' in body:
        raise SystemExit(f"product {product_id}: not a whole answer without errors: {body[:300]!r}")
    first = first if first is not None else end
    return (first - start) * 1000, (end - start) * 1000


def main():
    address, operation_id, first_id, count, mode = sys.argv[1:6]
    host, port = address.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    for product_id in range(int(first_id), int(first_id) + int(count)):
        to_first, to_whole = one(connection, operation_id, product_id, mode == "multipart")
        print(f"{to_first:.2f} {to_whole:.2f}", flush=True)


if __name__ == "__main__":
    main()
