#!/usr/bin/env python3
"""Loads synthetic WIPO meetings with delegations into a running event-service through its public API
(PUT /meetings, the reference data's CSV format, in batches) and measures the participation record
(GET /participation/{party}) and a body's sessions (GET /events?body=...).

    python3 bench/meetings/bench.py --url http://localhost:8083 --meetings 20000 --per-meeting 25

The service's replica must know the member states the rows name (it does once member-service has published
its seed: `./ipaccord up`). Synthetic meetings have ids MTG-BENCH<body>-<n>, bodies BENCH/B00..BENCH/B39,
dates from 1990 on; each lists --per-meeting member states drawn from the 194 (seeded random, so runs repeat),
and one meeting in three prints a count (complete lists). Prints the figures; nothing else is changed.
"""
import argparse
import csv
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATES = ROOT / "platform/src/main/resources/seed/member_states.csv"
MEETING_COLUMNS = ["id", "body_code", "session", "type", "title", "start_date", "end_date", "city", "country_iso2",
                   "format", "document_code", "member_states_count_reported", "igo_count_reported",
                   "ngo_count_reported", "source_url", "notes"]
PARTICIPANT_COLUMNS = ["meeting_id", "participant_name_source", "iso2", "kind", "capacity", "source_url"]


def table(columns, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def batches(total, per_meeting, batch, rng, states):
    bodies = 40
    for start in range(0, total, batch):
        meetings, participants = [], []
        for n in range(start, min(total, start + batch)):
            body = n % bodies
            session = n // bodies + 1
            day = date(1990, 1, 1) + timedelta(days=(n * 7) % 12000)
            mid = f"MTG-BENCHB{body:02d}-{session}"
            listed = rng.sample(states, per_meeting)
            printed = per_meeting if n % 3 == 0 else ""
            meetings.append([mid, f"BENCH/B{body:02d}", session, "committee_session",
                             f"Bench Committee {body:02d}, Session {session}", day.isoformat(),
                             (day + timedelta(days=2)).isoformat(), "Geneva", "CH", "", f"BENCH/{body}/{session}",
                             printed, "", "", "https://example.org/bench", ""])
            for code, name in listed:
                participants.append([mid, name, code, "state", "member", "https://example.org/bench"])
        yield meetings, participants


def token():
    """An admin's JWT (the import needs one): $TOKEN, else ./ipaccord token admin bench (the launcher's dev keys)."""
    if os.environ.get("TOKEN"):
        return os.environ["TOKEN"]
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([str(root / "ipaccord"), "token", "admin", "bench"], capture_output=True, text=True,
                          check=True).stdout.strip()


def put(url, meetings, participants):
    with tempfile.TemporaryDirectory() as tmp:
        m = Path(tmp, "meetings.csv")
        p = Path(tmp, "meeting_participants.csv")
        m.write_text(table(MEETING_COLUMNS, meetings))
        p.write_text(table(PARTICIPANT_COLUMNS, participants))
        out = subprocess.run(["curl", "-sS", "-f", "-X", "PUT", f"{url}/meetings", "-H", f"Authorization: Bearer {token()}",
                              "-F", f"meetings=@{m}",
                              "-F", f"participants=@{p}"], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"import failed: {out.stderr} {out.stdout[:2000]}")
        return json.loads(out.stdout)


def timed_get(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url) as answer:
        body = json.loads(answer.read())
    return (time.perf_counter() - started) * 1000, body


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--url", default="http://localhost:8083")
    args.add_argument("--meetings", type=int, default=20000)
    args.add_argument("--per-meeting", type=int, default=25)
    args.add_argument("--batch", type=int, default=500)
    args.add_argument("--repeat", type=int, default=30)
    opts = args.parse_args()
    rng = random.Random(12)
    with STATES.open() as f:
        states = [(row["iso2"], row["name"]) for row in csv.DictReader(f)]

    started = time.perf_counter()
    loaded = 0
    for meetings, participants in batches(opts.meetings, opts.per_meeting, opts.batch, rng, states):
        result = put(opts.url, meetings, participants)
        loaded += result["meetings"]
        print(f"  imported {loaded} meetings ({result['added']} added, {result['updated']} updated, "
              f"{result['unchanged']} unchanged in this batch)", flush=True)
    load_seconds = time.perf_counter() - started

    figures = {}
    for party in ["CN", "FR", "BR"]:
        timings = []
        for _ in range(opts.repeat):
            ms, record = timed_get(f"{opts.url}/participation/{party}")
            timings.append(ms)
        figures[party] = (statistics.median(timings), max(timings), record["sessionsAttended"], record["completeSessions"])
    body_timings = [timed_get(f"{opts.url}/events?body=BENCH/B07&first=500")[0] for _ in range(opts.repeat)]

    print(f"meetings loaded: {loaded} with {opts.per_meeting} delegations each in {load_seconds:.1f} s "
          f"({loaded / load_seconds:.0f} meetings/s)")
    for party, (median, worst, attended, complete) in figures.items():
        print(f"GET /participation/{party}: median {median:.1f} ms, max {worst:.1f} ms over {opts.repeat} calls "
              f"({attended} sessions attended, {complete} complete lists on record)")
    print(f"GET /events?body=BENCH/B07&first=500: median {statistics.median(body_timings):.1f} ms, "
          f"max {max(body_timings):.1f} ms")


if __name__ == "__main__":
    main()
