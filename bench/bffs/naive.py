#!/usr/bin/env python3
"""The same screens without a BFF: the calls a client makes to the demo backends itself, one after the other.

Usage: naive.py <port base> <mobile|web|list> <first id> <count>
Each of <count> products (ids first, first+1, ...) is one screen (list: each ten products first+10k..first+10k+9
are one screen, the ten-product list): its calls run in order over one kept-alive
connection per backend (as an app with a connection pool would), each call waiting for the one before, since the
second level (the similar items) needs the first's answer. Prints the screen time's p50/p90/p99 and the calls per screen.
Batch endpoints are used wherever the backends have one, so this is the naive client at its best.
"""
import http.client
import json
import sys
import time

# Offsets from the port base, as bench/lib/common.sh starts the demo backends.
PORTS = {"catalog": 1, "inventory": 2, "pricing": 3, "reviews": 4, "recommendations": 8}


def main():
    base, screen, first, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    connections = {name: http.client.HTTPConnection("127.0.0.1", base + offset, timeout=10) for name, offset in PORTS.items()}

    def get(service, path):
        connection = connections[service]
        connection.request("GET", path, headers={"Accept": "application/json"})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{service} {path}: {response.status} {body[:200]!r}")
        return json.loads(body)

    def mobile(pid):
        # ProductDetail: product, price, stock flag, rating, three latest reviews, four similar items with price.
        get("catalog", f"/products/{pid}")
        get("pricing", f"/prices/{pid}")
        get("inventory", f"/stock/{pid}")
        get("reviews", f"/ratings/{pid}")
        get("reviews", f"/reviews?productIds={pid}&limit=3")
        similar = [r["productId"] for r in items(get("recommendations", f"/recommendations/products/{pid}?limit=4"))]
        get("catalog", "/products?ids=" + ",".join(similar))
        get("pricing", "/prices?productIds=" + ",".join(similar))
        return 8

    def web(pid):
        # productPage: product with its category, price, stock with its stores (names from /stores), rating, a page
        # of reviews, four recommendations with price and stock.
        product = get("catalog", f"/products/{pid}")
        get("catalog", f"/categories/{product['categoryId']}")
        get("pricing", f"/prices/{pid}")
        get("inventory", f"/stock/{pid}")
        get("inventory", "/stores")
        get("reviews", f"/ratings/{pid}")
        get("reviews", f"/products/{pid}/reviews?page=1&pageSize=3")
        similar = [r["productId"] for r in items(get("recommendations", f"/recommendations/products/{pid}?limit=4"))]
        get("catalog", "/products?ids=" + ",".join(similar))
        get("pricing", "/prices?productIds=" + ",".join(similar))
        get("inventory", "/stock?productIds=" + ",".join(similar))
        return 11

    def product_list(pid):
        # The ten-product list (bff-mobile's RecentlyViewed): the products, their prices, stock and ratings.
        ids = ",".join(str(int(pid) + i) for i in range(10))
        get("catalog", f"/products?ids={ids}")
        get("pricing", f"/prices?productIds={ids}")
        get("inventory", f"/stock?productIds={ids}")
        get("reviews", f"/ratings?productIds={ids}")
        return 4

    run, step = {"mobile": (mobile, 1), "web": (web, 1), "list": (product_list, 10)}[screen]
    run(str(first))  # opens the connections; not measured
    times, calls = [], 0
    for pid in range(first, first + count * step, step):
        started = time.perf_counter()
        calls = run(str(pid))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()

    def pct(p):
        return times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]

    print(f"naive {screen}: {count} screens, {calls} sequential calls each, "
          f"p50 {pct(50):.1f} ms, p90 {pct(90):.1f} ms, p99 {pct(99):.1f} ms")


def items(payload):
    return payload["items"] if isinstance(payload, dict) and "items" in payload else payload


if __name__ == "__main__":
    main()
