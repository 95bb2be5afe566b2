#!/usr/bin/env python3
"""Snapshot of every /api/v1 answer, to compare two builds byte for byte (not a test).

    scripts/api-snapshot.py BINARY DATABASE_URL OUT_DIR
    diff -r before/ after/

Starts BINARY (`ecosoc-watch`) with `serve --no-autoload --no-scrape` on a free loopback port
over DATABASE_URL, which must already hold the data: give both builds the same database, so
that the data version in the answers (and their citations) is the same. Reads the routes
from the server's own OpenAPI document and asks each one bare and then once per documented
query parameter set to its example (else its default, else its first allowed value); path
parameters take their examples, and the organization with the most deferrals is asked for
too. Every answer is written to OUT_DIR as status line plus body, one file per address;
`index.tsv` lists address, status and size.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def plain(value):
    return value if isinstance(value, str) else json.dumps(value)


def valid_value(param):
    schema = param.get("schema", {})
    for value in (param.get("example"), schema.get("default"), (schema.get("enum") or [None])[0]):
        if value is not None:
            return plain(value)
    sys.exit(f"api-snapshot: no example, default or allowed value: {param}")


def addresses(document, base, most_deferred):
    paths = []
    for path, item in sorted(document["paths"].items()):
        operation = item["get"]
        params = operation.get("parameters", [])
        filled = path
        for p in params:
            if p["in"] == "path":
                filled = filled.replace("{" + p["name"] + "}", urllib.parse.quote(valid_value(p)))
        paths.append(filled)
        for p in params:
            if p["in"] == "query":
                query = urllib.parse.urlencode({p["name"]: valid_value(p)})
                paths.append(f"{filled}?{query}")
        if "{id}" in path and path.startswith("/organizations/") and most_deferred:
            paths.append(path.replace("{id}", str(most_deferred)))
    prefix = urllib.parse.urlparse(document["servers"][0]["url"]).path
    return [f"{base}{prefix}{p}" for p in paths]


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, database_url, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, DATABASE_URL=database_url)
    server = subprocess.Popen(
        # A fixed public address: citations carry it, and the port changes every run.
        [binary, "serve", "--addr", f"127.0.0.1:{port}", "--public-url", "http://ecosoc-watch.test",
         "--no-autoload", "--no-scrape"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(os.path.join(out, "server.log"), "w"),
    )
    try:
        for _ in range(100):
            try:
                if get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            sys.exit("api-snapshot: the server did not start; see server.log")
        status, body = get(f"{base}/api/v1/openapi.json")
        if status != 200:
            sys.exit(f"api-snapshot: /api/v1/openapi.json answered {status}")
        document = json.loads(body)
        _, body = get(f"{base}/api/v1/organizations?sort=deferrals&per_page=1")
        found = re.search(rb'"id":(\d+)', body)
        most_deferred = int(found.group(1)) if found else None
        index = []
        for url in addresses(document, base, most_deferred):
            status, body = get(url)
            address = url[len(base):]
            name = re.sub(r"[^A-Za-z0-9._=-]+", "_", address).strip("_")
            with open(os.path.join(out, name), "wb") as f:
                f.write(f"{status}\n".encode() + body)
            index.append(f"{address}\t{status}\t{len(body)}")
        with open(os.path.join(out, "index.tsv"), "w") as f:
            f.write("\n".join(index) + "\n")
        print(f"api-snapshot: {len(index)} answers in {out}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
