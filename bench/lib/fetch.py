#!/usr/bin/env python3
"""One request of a screen, as bench/lib/request.lua sends it under wrk, for the answer checks and the call counts.

Usage: fetch.py <url> <GET|POST> <path template> <body file|-> <first id> <ids per request> <answer file> [Name:value ...]
The templates take {id}, {ids_csv} and {ids_json} as in request.lua. Prints "<HTTP status> <milliseconds>".
"""
import http.client
import sys
import time
import urllib.parse


def fill(template, first, per):
    ids = [str(first + i) for i in range(per)]
    return (template.replace("{ids_csv}", ",".join(ids)).replace("{ids_json}", ",".join(f'"{i}"' for i in ids))
            .replace("{id}", str(first)))


def encode_query(path):
    if "?" not in path:
        return path
    path, query = path.split("?", 1)
    parts = []
    for pair in query.split("&"):
        key, sep, value = pair.partition("=")
        parts.append(key + sep + urllib.parse.quote(value, safe="-_.~") if sep else pair)
    return path + "?" + "&".join(parts)


def main():
    url, method, path, body_file, first, per, answer = sys.argv[1:8]
    headers = dict(h.split(":", 1) for h in sys.argv[8:])
    first, per = int(first), int(per)
    body = None
    if body_file != "-":
        with open(body_file, encoding="utf-8") as file:
            body = fill(file.read(), first, per).encode("utf-8")
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    started = time.perf_counter()
    try:
        connection.request(method, encode_query(fill(path, first, per)), body=body, headers=headers)
        response = connection.getresponse()
        status, data = response.status, response.read()
    except OSError as error:
        # No answer at all: status 0, and why in place of the answer.
        status, data = 0, f"{type(error).__name__}: {error}".encode()
    elapsed = (time.perf_counter() - started) * 1000
    with open(answer, "wb") as file:
        file.write(data)
    print(f"{status} {elapsed:.1f}")


if __name__ == "__main__":
    main()
