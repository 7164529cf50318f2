#!/usr/bin/env python3
"""Does a system's answer for a screen hold what the demo backends themselves say? Exit 1 with the reason if not.

Usage: check_answer.py <port base> <product-detail|product-page|product-list> <answer file> <HTTP status>
The answer must be a 200 with "data" and no "errors", and contain (anywhere, whatever its shape; a number may come as
a numeric string) the values read
straight from the backends: product-detail: product 42's name, price amount, latest review ids and similar product
ids; product-page: its name, price amount, latest review titles and recommended product ids; product-list: the
names and price amounts of products 41..50.
"""
import json
import sys
import urllib.request

# Offsets from the port base, as bench/lib/common.sh starts the demo backends.
PORTS = {"catalog": 1, "inventory": 2, "pricing": 3, "reviews": 4, "recommendations": 8}


def backend(base, service, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{base + PORTS[service]}{path}", timeout=10) as response:
        return json.load(response)


def values(node, found):
    if isinstance(node, dict):
        for child in node.values():
            values(child, found)
    elif isinstance(node, list):
        for child in node:
            values(child, found)
    elif isinstance(node, bool) or node is None:
        pass
    elif isinstance(node, (int, float)):
        found.add(round(float(node), 2))
    else:
        found.add(str(node))
        # A number sent as a string (GraphQL Mesh maps the backends' decimals to String) is still the number.
        try:
            found.add(round(float(node), 2))
        except ValueError:
            pass
    return found


def expected(base, screen):
    if screen == "product-list":
        ids = ",".join(str(i) for i in range(41, 51))
        names = [("name", p["name"]) for p in backend(base, "catalog", f"/products?ids={ids}")]
        prices = [("price", round(float(p["amount"]), 2)) for p in backend(base, "pricing", f"/prices?productIds={ids}")]
        return names + prices
    product = backend(base, "catalog", "/products/42")
    price = backend(base, "pricing", "/prices/42")
    reviews = backend(base, "reviews", "/reviews?productIds=42&limit=3")[0]["latest"]
    similar = backend(base, "recommendations", "/recommendations/products/42?limit=4")["items"]
    review_field = "id" if screen == "product-detail" else "title"
    return ([("name", product["name"]), ("price", round(float(price["amount"]), 2))]
            + [(f"review {review_field}", r[review_field]) for r in reviews]
            + [("similar product id", r["productId"]) for r in similar])


def main():
    base, screen, path, status = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    with open(path, encoding="utf-8", errors="replace") as file:
        text = file.read()
    if status != "200":
        sys.exit(f"HTTP {status}: {text[:300]}")
    try:
        answer = json.loads(text)
    except json.JSONDecodeError:
        sys.exit(f"not JSON: {text[:300]}")
    if answer.get("errors"):
        sys.exit(f"errors: {json.dumps(answer['errors'])[:500]}")
    if not answer.get("data"):
        sys.exit(f"no data: {text[:300]}")
    found = values(answer["data"], set())
    missing = [f"{what} {value!r}" for what, value in expected(base, screen) if value not in found]
    if missing:
        sys.exit("missing what the backends say: " + ", ".join(missing))


if __name__ == "__main__":
    main()
