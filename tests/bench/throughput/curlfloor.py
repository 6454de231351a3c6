#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2

"""The raw transfer floor of a sync run.

Reads the request log lvsim wrote with --verbose during `lvdesk --sync-once` and fetches exactly the
same requests from a freshly started lvsim with curl (one process, --parallel with the same
concurrency, bodies thrown away): the feed pages, every GET /commondata/{id}, every attachment and
the acknowledgements (POST /actions/ack with the same ids in the same batches). Each request carries
the headers lvdesk sends (X-Road-Client, a fresh X-Road-Id, X-Road-UserId, Accept, User-Agent,
Accept-Encoding: identity). Prints one line: requests=N seconds=S bytes=B failed=F.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import uuid

LINE = re.compile(r"lvsim: (GET|POST|PUT) (\S+) -> (\d+)")


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--log", required=True, help="lvsim --verbose stderr of the sync run")
    parser.add_argument("--base", required=True, help="base URL of the fresh lvsim")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--client", default="FI-TEST/MUN/0135202-4/lvdesk")
    parser.add_argument("--user-id", default="bench")
    parser.add_argument("--curl", default="curl")
    args = parser.parse_args()

    requests = []
    with open(args.log, encoding="utf-8", errors="replace") as log:
        for line in log:
            m = LINE.search(line)
            if m:
                requests.append((m.group(1), m.group(2), int(m.group(3))))
    if not requests:
        print("no requests in the log", file=sys.stderr)
        return 2

    # Only successful requests are replayed: retries of injected faults are not part of the floor.
    feed_pages = [r for r in requests if r[0] == "GET" and r[1].endswith("/actions") and r[2] == 200]
    actions = [r for r in requests
               if r[0] == "GET" and "/commondata/" in r[1] and "/attachments/" not in r[1]
               and r[2] == 200]
    attachments = [r for r in requests if r[0] == "GET" and "/attachments/" in r[1] and r[2] == 200]
    acks = [r for r in requests if r[0] == "POST" and r[1].endswith("/actions/ack")]
    others = [r for r in requests if r not in feed_pages and r not in actions
              and r not in attachments and r not in acks and r[2] < 400]
    if others:
        print(f"note: {len(others)} other requests are replayed as logged", file=sys.stderr)

    ids = [r[1].rsplit("/", 1)[1] for r in actions]
    batch = max(1, -(-len(ids) // max(1, len(acks)))) if acks else 0

    common = [
        f"X-Road-Client: {args.client}",
        f"X-Road-UserId: {args.user_id}",
        "Accept: application/json",
        "User-Agent: lvdesk-bench",
        "Accept-Encoding: identity",
    ]
    entries = []

    def add(url, body=None):
        lines = [f"url = {quote(url)}", 'output = "/dev/null"']
        for h in common + [f"X-Road-Id: {uuid.uuid4()}"]:
            lines.append(f"header = {quote(h)}")
        if body is not None:
            lines.append(f"header = {quote('Content-Type: application/json; charset=utf-8')}")
            lines.append(f"data-binary = {quote(body)}")
        lines.append('write-out = "%{http_code} %{size_download}\\n"')
        entries.append("\n".join(lines))

    base = args.base.rstrip("/")
    for k, (_, path, _) in enumerate(feed_pages):
        since = "" if k == 0 else f"c-{k * args.page_size:012d}"
        add(f"{base}{path}?since={since}&limit={args.page_size}")
    for _, path, _ in actions + attachments:
        add(base + path)
    for i in range(len(acks)):
        chunk = ids[i * batch:(i + 1) * batch]
        add(base + acks[i][1], json.dumps({"messageId": str(uuid.uuid4()), "externalIds": chunk},
                                          separators=(",", ":")))
    for method, path, _ in others:
        if method == "GET":
            add(base + path)

    with tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False) as config:
        config.write("\nnext\n".join(entries) + "\n")
        config_path = config.name

    start = time.monotonic()
    result = subprocess.run([args.curl, "--parallel", "--parallel-max", str(args.concurrency),
                             "--silent", "--config", config_path],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seconds = time.monotonic() - start
    total = 0
    failed = 0
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            total += int(parts[1])
            if not parts[0].startswith("2"):
                failed += 1
    print(f"requests={len(entries)} seconds={seconds:.3f} bytes={total} failed={failed} "
          f"feed={len(feed_pages)} actions={len(actions)} attachments={len(attachments)} "
          f"acks={len(acks)}")
    return 0 if result.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
