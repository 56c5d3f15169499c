#!/usr/bin/env python3
"""Races two centralita-server instances on one PostgreSQL database.

Usage:
  python3 tests/race/race_two_instances.py --server-binary PATH \
      --postgres-url postgresql://user:pass@127.0.0.1:PORT/postgres [--rounds 200] [--only NAME]

An operator may run several server instances on one PostgreSQL database behind a load balancer.
Each scenario below starts two real instances on a fresh database of its own (created and dropped
with psql through the admin URL, a role that may create databases), then sends the same request to
both at the same moment (one thread and one persistent HTTP connection per instance; each sends
all of its request but the last byte, waits on a threading.Barrier, then sends that byte) and
counts what went wrong:

  if_match      two PATCHes of one extension with the same If-Match: one 200 and one 412
  idempotency   one prepaid purchase under one Idempotency-Key: one charge, the other answer a
                replay of the 201 or 409 with Retry-After (whose retry must then replay)
  number_claim  two companies claim the same pool number: one 201 and one 409
  startup       both instances start on an empty database at once (migrations): both serve
  phone_order   one phone order under one Idempotency-Key, like idempotency

Prints one line per scenario, `name: rounds=N lost_updates=… double_effects=… server_errors=…
other=… time=…s` (details of the first failures go to stderr), then `N passed, M failed`.
Exit status 1 when any count is non-zero (or a scenario could not run), 2 on a usage error or
when PostgreSQL does not answer. Python 3.10+ standard library only; everything listens on and
talks to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import glob
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
import uuid

DEFAULT_TLS = None  # set while the races run through nginx (--through-nginx)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

REQUEST_TIMEOUT = 15  # seconds for one HTTP exchange
READY_TIMEOUT = 60  # seconds for an instance to print "Listening on" (migrations included)
PSQL_TIMEOUT = 60

ADMIN = {"companyNumber": "55 5000 1000", "password": "Centralita2026"}  # README.md demo data
OTHER_ADMIN = {"companyNumber": "+523330002000", "password": "Sonrisas2026"}  # second demo company

# main.cpp prints this once the port is bound; the desktop client's --demo mode waits for it too.
LISTENING = re.compile(r"Listening on http://127\.0\.0\.1:(\d+)")


class SetupError(Exception):
    """The scenario could not get to its first round (counted as `other`)."""


# ---------------------------------------------------------------- PostgreSQL, through psql


class Postgres:
    def __init__(self, admin_url):
        self.admin_url = admin_url
        self.psql = find_psql()
        self.created = []  # databases still to drop
        self.counter = 0

    def run(self, sql, database=None):
        """Runs one statement; returns its output rows (unaligned, tab-separated)."""
        url = self.url(database) if database else self.admin_url
        env = dict(os.environ, PGCONNECT_TIMEOUT="10")
        done = subprocess.run(
            [self.psql, "-X", "-w", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", url,
             "-c", sql],
            capture_output=True, text=True, timeout=PSQL_TIMEOUT, env=env, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed on {sql!r}: {done.stderr.strip()}")
        return [line for line in done.stdout.splitlines() if line]

    def count(self, sql, database):
        """An integer query result, or None when the query fails (a schema that moved on)."""
        try:
            return int(self.run(sql, database)[0])
        except (RuntimeError, IndexError, ValueError, subprocess.TimeoutExpired):
            return None

    def url(self, database):
        return urllib.parse.urlsplit(self.admin_url)._replace(path="/" + database).geturl()

    def create(self, label):
        self.counter += 1
        name = f"centralita_race_{os.getpid()}_{self.counter}_{label}"
        try:
            self.run(f'DROP DATABASE IF EXISTS "{name}"')
            self.run(f'CREATE DATABASE "{name}"')
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            raise SetupError(f"cannot create database {name}: {error}") from None
        self.created.append(name)
        return name

    def drop(self, name):
        """Best effort, never raises (it runs in finally blocks); drop_all() tries again."""
        for statement in (f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',  # FORCE: PostgreSQL 13+
                          f'DROP DATABASE IF EXISTS "{name}"'):
            try:
                self.run(statement)
            except (RuntimeError, subprocess.TimeoutExpired):
                continue
            if name in self.created:
                self.created.remove(name)
            return

    def drop_all(self):
        for name in list(self.created):
            self.drop(name)
        for name in self.created:
            print(f"race_two_instances: could not drop database {name}", file=sys.stderr)


def find_psql():
    found = shutil.which("psql")
    if found:
        return found
    # Debian keeps the client next to the server, which .ci/postgres.sh uses too.
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"),
                        key=lambda p: int(re.search(r"/(\d+)/bin", p).group(1)))
    if candidates:
        return candidates[-1]
    raise SystemExit("race_two_instances: psql not found (install postgresql-client)")


# ---------------------------------------------------------------- server instances

RUNNING = []  # every Instance started and not yet stopped: stopped in main()'s finally
RUNNING_LOCK = threading.Lock()


class Instance:
    """One centralita-server process on a free loopback port."""

    def __init__(self, name, binary, database_url, workdir, seed=False, extra=()):
        self.name = name
        self.port = None
        self.ready = threading.Event()
        self.stderr_path = os.path.join(workdir, f"{name}.stderr")
        self.args = [binary, "--database", database_url, "--listen", "127.0.0.1", "--port", "0",
                     "--outbox", os.path.join(workdir, f"outbox-{name}"), "--hash-cost", "minimum", "--quiet"]
        if seed:
            self.args.append("--seed-demo")
        self.args += list(extra)
        self.process = None

    def start(self):
        with open(self.stderr_path, "w") as stderr:
            self.process = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                            stderr=stderr, text=True)
        with RUNNING_LOCK:
            RUNNING.append(self)
        threading.Thread(target=self._read_stdout, daemon=True).start()

    def _read_stdout(self):
        # Keep draining stdout after the port is known so the pipe never fills up.
        for line in self.process.stdout:
            match = LISTENING.search(line)
            if match and not self.ready.is_set():
                self.port = int(match.group(1))
                self.ready.set()

    def wait_ready(self, timeout=READY_TIMEOUT):
        deadline = time.monotonic() + timeout
        while not self.ready.wait(0.05):
            if self.process.poll() is not None:
                raise SetupError(f"instance {self.name} exited with status {self.process.returncode}: "
                                 f"{self.stderr_tail()}")
            if time.monotonic() > deadline:
                raise SetupError(f"instance {self.name} did not listen within {timeout} s: "
                                 f"{self.stderr_tail()}")
        return self.port

    def stderr_tail(self, lines=3):
        with contextlib.suppress(OSError), open(self.stderr_path, errors="replace") as f:
            return " | ".join(f.read().strip().splitlines()[-lines:]) or "(no stderr)"
        return "(no stderr)"

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        with RUNNING_LOCK:
            if self in RUNNING:
                RUNNING.remove(self)


def stop_all():
    with RUNNING_LOCK:
        running = list(RUNNING)
    for instance in running:
        with contextlib.suppress(Exception):
            instance.stop()


# ---------------------------------------------------------------- HTTP


@dataclasses.dataclass
class Reply:
    status: int | None  # None: no HTTP answer at all (connection error, timeout)
    headers: dict
    body: object  # parsed JSON, the raw text, or None
    error: str = ""

    def header(self, name):
        return self.headers.get(name.lower())

    def __str__(self):
        if self.status is None:
            return f"no answer ({self.error})"
        detail = self.body.get("detail") if isinstance(self.body, dict) else None
        return f"{self.status}" + (f" ({detail})" if detail and self.status >= 400 else "")


class Client:
    """One persistent connection to one instance, with one bearer token."""

    def __init__(self, port, token=None, tls=None, source=None):
        self.port = port
        self.token = token
        tls = tls or DEFAULT_TLS
        address = (source, 0) if source else None
        if tls:  # through the TLS proxy, from a client address of our choice on loopback
            self.connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT,
                                                          context=tls, source_address=address)
        else:
            self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT,
                                                         source_address=address)

    def call(self, method, path, body=None, headers=None, barrier=None):
        """One request and its reply. With a barrier, everything but the body's last byte is sent
        first, then the barrier is awaited, then that byte: the server cannot start on the request
        before every racing thread is ready, so the two requests really do arrive together."""
        sent = {"Accept": "application/json"}
        if self.token:
            sent["Authorization"] = "Bearer " + self.token
        data = b""
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        sent.update(headers or {})
        try:
            if barrier is None or not data:
                self.connection.request(method, path, body=data or None, headers=sent)
            else:
                self.connection.putrequest(method, path)
                for name, value in {**sent, "Content-Length": str(len(data))}.items():
                    self.connection.putheader(name, value)
                self.connection.endheaders(data[:-1])
                with contextlib.suppress(threading.BrokenBarrierError):
                    barrier.wait(timeout=10)
                self.connection.send(data[-1:])
            response = self.connection.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()  # the next call opens a new connection
            return Reply(None, {}, None, f"{type(error).__name__}: {error}")
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, parsed)

    def close(self):
        self.connection.close()


def race(*calls):
    """Runs the calls at the same moment, one thread each; returns their replies in order. Each
    call is given the shared barrier and waits on it at the last moment (see Client.call)."""
    barrier = threading.Barrier(len(calls))
    replies = [Reply(None, {}, None, "the thread did not finish")] * len(calls)

    def run(index, call):
        replies[index] = call(barrier)

    threads = [threading.Thread(target=run, args=(i, call), daemon=True) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(REQUEST_TIMEOUT + 10)
    return replies


def sign_in(client, credentials):
    reply = client.call("POST", "/api/v1/sessions", {"role": "administrator", **credentials})
    if reply.status != 201 or not isinstance(reply.body, dict) or "token" not in reply.body:
        raise SetupError(f"sign-in as {credentials['companyNumber']} answered {reply}")
    return reply.body["token"]


def expect(reply, status, what):
    if reply.status != status:
        raise SetupError(f"{what} answered {reply}, expected {status}")
    return reply.body


# ---------------------------------------------------------------- scenario plumbing


@dataclasses.dataclass
class Counts:
    rounds: int = 0
    lost_updates: int = 0
    double_effects: int = 0
    server_errors: int = 0
    other: int = 0
    notes: list = dataclasses.field(default_factory=list)

    def note(self, text):
        if len(self.notes) < 5:  # the first few say enough; the counts say the rest
            self.notes.append(text)

    def add_server_errors(self, replies, where):
        errors = [r for r in replies if r.status is not None and r.status >= 500]
        for reply in errors:
            self.note(f"{where}: {reply}")
        self.server_errors += len(errors)
        return len(errors)

    def failed(self):
        problems = (self.lost_updates, self.double_effects, self.server_errors, self.other)
        return self.rounds == 0 or any(problems)

    def line(self, name, seconds):
        return (f"{name}: rounds={self.rounds} lost_updates={self.lost_updates} "
                f"double_effects={self.double_effects} server_errors={self.server_errors} "
                f"other={self.other} time={seconds:.1f}s")


class Env:
    def __init__(self, args, postgres, workdir):
        self.binary = args.server_binary
        self.rounds = args.rounds
        self.startup_rounds = args.startup_rounds
        self.postgres = postgres
        self.workdir = workdir
        self.deadline = time.monotonic() + args.timeout
        self.through_nginx = args.through_nginx

    def each_round(self, counts, rounds):
        """Round numbers until `rounds` or the global deadline (which counts as a failure)."""
        for number in range(rounds):
            if time.monotonic() > self.deadline:
                counts.other += 1
                counts.note(f"stopped by the global timeout after {number} rounds")
                return
            counts.rounds += 1
            yield number

    @contextlib.contextmanager
    def two_instances(self, label, extra=()):
        """A fresh seeded database and two instances on it. A seeds before B starts, so only the
        startup scenario races the migrations."""
        database = self.postgres.create(label)
        workdir = tempfile.mkdtemp(prefix=label + "-", dir=self.workdir)
        self.last_workdir = workdir  # the instances' outbox folders are in it
        instances = []
        try:
            for name, seed in (("A", True), ("B", False)):
                instance = Instance(name, self.binary, self.postgres.url(database), workdir, seed, extra)
                instances.append(instance)
                instance.start()
                instance.wait_ready()
            if self.through_nginx and not extra:
                # The same races through the TLS proxy: both "instances" are nginx, which hands
                # each request to A or B. Clients made without a context use nginx's.
                global DEFAULT_TLS
                with nginx_in_front(workdir, (instances[0].port, instances[1].port)) as (port, tls):
                    DEFAULT_TLS = tls
                    try:
                        yield port, port, database
                    finally:
                        DEFAULT_TLS = None
            else:
                yield instances[0].port, instances[1].port, database
        finally:
            for instance in instances:
                instance.stop()
            self.postgres.drop(database)


def shared_admin_session(port_a, port_b):
    """Signs in on A and checks the same token works on B (sessions live in the database)."""
    a = Client(port_a)
    a.token = sign_in(a, ADMIN)
    b = Client(port_b, a.token)
    expect(b.call("GET", "/api/v1/sessions/current"), 200, "instance B with the token from instance A")
    return a, b


# ---------------------------------------------------------------- scenarios


def scenario_if_match(env, counts):
    with env.two_instances("if_match") as (port_a, port_b, _):
        a, b = shared_admin_session(port_a, port_b)
        extensions = expect(a.call("GET", "/api/v1/extensions"), 200, "GET /extensions")["items"]
        path = "/api/v1/extensions/%d" % next(e["id"] for e in extensions if e["number"] == "101")
        for number in env.each_round(counts, env.rounds):
            read = a.call("GET", path)
            if read.status != 200 or not read.header("etag"):
                counts.other += 1
                counts.note(f"round {number}: GET {path} answered {read}")
                continue
            etag = read.header("etag")
            names = (f"Carrera {number} A", f"Carrera {number} B")  # full names stay unique
            replies = race(*(lambda sync, c=c, name=name: c.call("PATCH", path, {"firstName": name},
                                                                   {"If-Match": etag}, sync)
                             for c, name in zip((a, b), names)))
            statuses = [r.status for r in replies]
            errors = counts.add_server_errors(replies, f"round {number}")
            if all(s is not None and 200 <= s < 300 for s in statuses):
                counts.lost_updates += 1  # both writers were told their change was kept
                counts.note(f"round {number}: both PATCHes with If-Match {etag} answered {statuses}")
            elif sorted(statuses) == [200, 412]:
                # The winner's change is the one stored, seen from the other instance too.
                winner = names[statuses.index(200)]
                check = b.call("GET", path)
                if not isinstance(check.body, dict) or check.body.get("firstName") != winner:
                    counts.other += 1
                    counts.note(f"round {number}: {winner!r} got 200 but the extension reads {check.body!r}")
            elif not errors:
                counts.other += 1
                counts.note(f"round {number}: PATCHes answered A {replies[0]}, B {replies[1]}")


def idempotent_race(env, counts, label, path, body, scope, read_effect, unit):
    """Shared by idempotency and phone_order: POST `body` to `path` on both instances with one fresh
    Idempotency-Key per round. read_effect(client) reads the effect (the balance, the number of
    orders), which must grow by exactly `unit` per round; processor_charges (scope = its purpose)
    must gain exactly one charge per round."""
    with env.two_instances(label) as (port_a, port_b, database):
        a, b = shared_admin_session(port_a, port_b)
        if a.call("GET", "/api/v1/billing/card").status == 404:  # the demo data has one; just in case
            expect(a.call("PUT", "/api/v1/billing/card", {
                "number": "4242 4242 4242 4242", "expMonth": 12, "expYear": time.gmtime().tm_year + 2,
                "cvc": "123", "billingName": "Race Test", "billingAddress": "127.0.0.1"}), 201, "PUT card")
        charges_sql = f"SELECT COUNT(*) FROM processor_charges WHERE purpose = '{scope}'"
        charges_before = env.postgres.count(charges_sql, database)
        charged = 0  # requests that answered a fresh (not replayed) 201
        for number in env.each_round(counts, env.rounds):
            before = read_effect(a)
            key = str(uuid.uuid4())
            headers = {"Idempotency-Key": key}
            clients = (a, b)
            replies = race(*(lambda sync, c=c: c.call("POST", path, body, headers, sync) for c in clients))
            errors = counts.add_server_errors(replies, f"round {number}")
            fresh, replays, unexpected = [], [], []
            for client, reply in zip(clients, replies):
                if reply.status == 201 and reply.header("idempotent-replayed") != "true":
                    fresh.append(reply)
                elif reply.status == 201:
                    replays.append(reply)
                elif reply.status == 409 and reply.header("retry-after"):
                    # "In progress, retry later": by now the first request is over, so a retry
                    # must be answered with its stored response.
                    retry = client.call("POST", path, body, headers)
                    if retry.status == 201 and retry.header("idempotent-replayed") == "true":
                        replays.append(retry)
                    elif retry.status == 201 and not fresh:
                        fresh.append(retry)  # the first attempt failed, so this one may charge
                    elif not counts.add_server_errors([retry], f"round {number}, retry after 409"):
                        unexpected.append(f"the retry after 409 answered {retry}")
                elif reply.status is None or reply.status < 500:
                    unexpected.append(str(reply))
            charged += len(fresh)
            after = read_effect(a)
            grew = None if before is None or after is None else after - before
            ids = {r.body.get("id") for r in fresh + replays if isinstance(r.body, dict)}
            if len(fresh) > 1 or (grew is not None and grew > unit):
                counts.double_effects += 1
                counts.note(f"round {number}: answers A {replies[0]}, B {replies[1]}; grew by {grew}, "
                            f"one request is {unit}")
            elif unexpected or grew != unit * len(fresh) or (not fresh and not errors) or len(ids) > 1:
                counts.other += 1
                counts.note(f"round {number}: answers A {replies[0]}, B {replies[1]} "
                            f"{'; '.join(unexpected)}; grew by {grew}; ids {sorted(map(str, ids))}")
        # The simulated card processor's own record: one charge per purchase, whatever the ledger says.
        charges_after = env.postgres.count(charges_sql, database)
        if charges_before is None or charges_after is None:
            counts.note("could not count processor_charges (not checked)")
        elif charges_after - charges_before > charged:
            counts.double_effects += charges_after - charges_before - charged
            counts.note(f"the card was charged {charges_after - charges_before} times for {charged} "
                        f"successful requests")


def scenario_idempotency(env, counts):
    def balance(client):
        reply = client.call("GET", "/api/v1/prepaid")
        return reply.body["balance"]["amountMinor"] if reply.status == 200 else None

    amount = 20000  # the smallest of PrepaidAccount.purchaseAmounts in the demo data
    idempotent_race(env, counts, "idempotency", "/api/v1/prepaid/purchases", {"amountMinor": amount},
                    "prepaid_purchase", balance, amount)


def scenario_phone_order(env, counts):
    def orders(client):
        reply = client.call("GET", "/api/v1/phone-orders")
        return len(reply.body["items"]) if reply.status == 200 else None

    body = {"lines": [{"sku": "CT-100", "quantity": 1}], "shippingName": "Race Test",
            "shippingAddress": {"street": "Loopback 1", "city": "Ciudad de México", "postalCode": "06600",
                                "state": "CDMX"}}
    idempotent_race(env, counts, "phone_order", "/api/v1/phone-orders", body, "phone_order", orders, 1)


def scenario_number_claim(env, counts):
    # Each instance serves a different company, so a double claim hands one number to two tenants.
    # Every round releases the number again, so the pool (40 numbers) never runs out.
    with env.two_instances("number_claim") as (port_a, port_b, _):
        a, shared = shared_admin_session(port_a, port_b)
        shared.close()
        b = Client(port_b)
        b.token = sign_in(b, OTHER_ADMIN)
        clients = (a, b)

        def holding(client, e164):
            reply = client.call("GET", "/api/v1/phone-numbers")
            items = reply.body.get("items", []) if isinstance(reply.body, dict) else []
            return next((n for n in items if n.get("e164") == e164), None)

        for number in env.each_round(counts, env.rounds):
            available = a.call("GET", "/api/v1/phone-numbers/available?limit=1")
            items = available.body.get("items") if isinstance(available.body, dict) else None
            if available.status != 200 or not items:
                counts.other += 1
                counts.note(f"round {number}: the pool answered {available}")
                continue
            e164 = items[0]["e164"]
            claim = {"number": e164}
            replies = race(*(lambda sync, c=c: c.call("POST", "/api/v1/phone-numbers", claim, barrier=sync)
                             for c in clients))
            statuses = [r.status for r in replies]
            errors = counts.add_server_errors(replies, f"round {number}")
            held = [holding(c, e164) for c in clients]
            if statuses == [201, 201]:
                counts.double_effects += 1
                counts.note(f"round {number}: both companies were given {e164}")
            elif sorted(statuses) == [201, 409]:
                winner = statuses.index(201)
                if not held[winner] or held[1 - winner]:
                    counts.other += 1
                    counts.note(f"round {number}: {'AB'[winner]} won {e164} but the lists say "
                                f"A {bool(held[0])}, B {bool(held[1])}")
            elif not errors:
                counts.other += 1
                counts.note(f"round {number}: claims answered A {replies[0]}, B {replies[1]}")
            # Back to the pool for the next round, by whichever company lists it now.
            for client, row in zip(clients, held):
                if row:
                    release = client.call("DELETE", f"/api/v1/phone-numbers/{row['id']}",
                                          headers={"If-Match": row["etag"]})
                    if release.status != 204:
                        counts.other += 1
                        counts.note(f"round {number}: releasing {e164} answered {release}")


def scenario_startup(env, counts):
    # No seed: both instances find an empty database and migrate it at the same moment.
    for number in env.each_round(counts, env.startup_rounds):
        database = env.postgres.create("startup")
        workdir = tempfile.mkdtemp(prefix="startup-", dir=env.workdir)
        instances = [Instance(name, env.binary, env.postgres.url(database), workdir) for name in "AB"]
        try:
            def start_together(sync, instance):
                with contextlib.suppress(threading.BrokenBarrierError):
                    sync.wait(timeout=10)
                instance.start()

            race(*(lambda sync, i=i: start_together(sync, i) for i in instances))
            for instance in instances:
                try:
                    port = instance.wait_ready()
                except SetupError as error:
                    counts.other += 1
                    counts.note(f"round {number}: {error}")
                    continue
                client = Client(port)
                health = client.call("GET", "/api/v1/health")
                # Wrong credentials need the migrated tables (the company does not exist: no seed).
                probe = client.call("POST", "/api/v1/sessions", {"role": "administrator", **ADMIN})
                client.close()
                where = f"round {number}: instance {instance.name}"
                errors = counts.add_server_errors([health, probe], where)
                if not errors and (health.status, probe.status) != (200, 401):
                    counts.other += 1
                    counts.note(f"{where}: health {health}, sign-in {probe}")
            applied_twice = env.postgres.count(
                "SELECT COUNT(*) - COUNT(DISTINCT version) FROM schema_version", database)
            if applied_twice:
                counts.double_effects += 1
                counts.note(f"round {number}: {applied_twice} migrations recorded twice")
        finally:
            for instance in instances:
                instance.stop()
            env.postgres.drop(database)


def wait_for(condition, timeout=20.0):
    """Polls `condition` until it is true or `timeout` passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def scenario_mail(env, counts):
    # Both instances deliver mail from the one outbox table into folders of their own: every
    # recorded mail must arrive exactly once, in one folder or the other.
    with env.two_instances("mail") as (port_a, port_b, database):
        folders = [os.path.join(env.last_workdir, f"outbox-{name}") for name in "AB"]
        clients = [Client(port_a), Client(port_b)]
        extensions = [str(number) for number in range(101, 113)]
        for number in env.each_round(counts, len(extensions)):
            body = {"role": "user", "companyNumber": ADMIN["companyNumber"], "extension": extensions[number]}
            replies = race(*(lambda sync, c=c: c.call("POST", "/api/v1/password-resets", body, barrier=sync)
                             for c in clients))
            counts.add_server_errors(replies, f"reset for {extensions[number]}")
        recorded = env.postgres.count("SELECT COUNT(*) FROM mail_outbox", database) or 0

        def delivered():
            names = []
            for folder in folders:
                with contextlib.suppress(OSError):
                    names += [n for n in os.listdir(folder) if n.endswith(".eml")]
            return names

        names = wait_for(lambda: len(delivered()) >= recorded and delivered())
        names = delivered()
        if recorded == 0:
            counts.other += 1
            counts.note("no mail was recorded")
        duplicates = len(names) - len(set(name.split("-")[-1] for name in names))
        counts.double_effects += max(duplicates, len(names) - recorded, 0)
        if len(names) < recorded:
            counts.other += recorded - len(names)
            counts.note(f"{recorded} mails recorded, {len(names)} delivered")


def scenario_call_completion(env, counts):
    # Click-to-call requests whose simulated call is over: both instances' ticks see them due at
    # once, and each must become exactly one call-log row.
    with env.two_instances("calls") as (_, _, database):
        requests = 50
        env.postgres.run(
            "INSERT INTO call_requests (company_id, extension_id, destination, destination_kind, requested_at, "
            "completes_at) SELECT e.company_id, e.id, '+525555550000', 'national', 0, 0 FROM extensions e, "
            f"generate_series(1, {requests // 10}) WHERE e.kind = 'user' LIMIT {requests}", database)
        counts.rounds += env.postgres.count("SELECT COUNT(*) FROM call_requests WHERE completes_at = 0", database) or 0
        completed = wait_for(lambda: env.postgres.count(
            "SELECT COUNT(*) FROM call_requests WHERE completed_at IS NULL", database) == 0)
        if not completed:
            counts.other += 1
            counts.note("the ticks did not complete every call within 20 s")
        rows = env.postgres.count("SELECT COUNT(*) FROM call_logs WHERE started_at = 15", database) or 0
        counts.double_effects += max(rows - counts.rounds, 0)
        if rows < counts.rounds:
            counts.other += counts.rounds - rows
            counts.note(f"{counts.rounds} calls due, {rows} call-log rows")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def nginx_in_front(workdir, ports):
    """Debian's nginx on loopback with the project's example configuration, its TLS certificate
    made here and its upstream the given instances. Yields (port, ssl context that trusts it)."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.access(nginx, os.X_OK):
        raise SetupError("nginx is not installed (bash .ci/install-deps.sh installs it)")
    cert, key = os.path.join(workdir, "cert.pem"), os.path.join(workdir, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    port = free_port()
    with open(os.path.join(ROOT, "packaging", "server", "nginx-centralita.conf")) as f:
        site = f.read()
    site = re.sub(r"server 127\.0\.0\.1:8080;", " ".join(f"server 127.0.0.1:{p};" for p in ports), site)
    site = re.sub(r"listen \[::\]:\d+[^;]*;", "", site)
    site = site.replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;")
    site = site.replace("/etc/ssl/centralita/fullchain.pem", cert).replace("/etc/ssl/centralita/privkey.pem", key)
    site = re.sub(r"/var/log/nginx/", workdir + "/", site)
    site = site.replace("ssl_stapling on;", "").replace("ssl_stapling_verify on;", "")  # no OCSP here
    temp = os.path.join(workdir, "nginx-temp")
    os.makedirs(temp, exist_ok=True)
    user = "user root;" if os.geteuid() == 0 else ""
    conf = os.path.join(workdir, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""daemon off; {user} worker_processes 1; pid {workdir}/nginx.pid; error_log {workdir}/nginx.err;
events {{}}
http {{
    access_log off;
    client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fcgi;
    uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;
{site}
}}
""")
    process = subprocess.Popen([nginx, "-c", conf, "-p", workdir], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 15
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise SetupError(f"nginx did not start: {process.stderr.read() if process.poll() is not None else ''}")
            time.sleep(0.05)
        context = ssl.create_default_context(cafile=cert)
        yield port, context
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(10)


def scenario_nginx_forwarded(env, counts):
    # Both instances behind nginx, trusting it for X-Forwarded-For: guessing one account from
    # 127.0.0.2 blocks 127.0.0.2 only. Without the trusted proxy every client is 127.0.0.1.
    extra = ("--trusted-proxy", "127.0.0.1")
    with env.two_instances("nginx", extra) as (port_a, port_b, _), nginx_in_front(env.last_workdir, (port_a, port_b)) as (port, tls):
        for number in env.each_round(counts, 5):
            admin = {"role": "administrator", "companyNumber": ADMIN["companyNumber"]}
            attacker = Client(port, tls=tls, source=f"127.0.0.{2 + 2 * number}")
            user = Client(port, tls=tls, source=f"127.0.0.{3 + 2 * number}")
            # Past five free failures each one doubles the wait (1 s, 2 s, 4 s), counted in whole
            # seconds: the first block can end a millisecond later. The attacker keeps guessing
            # through the short blocks until the wait is 4 s, so the next attempt is surely inside it.
            statuses, failures, deadline = [], 0, time.monotonic() + 30
            while failures < 8 and time.monotonic() < deadline:
                status = attacker.call("POST", "/api/v1/sessions", {**admin, "password": "wrong-password1"}).status
                statuses.append(status)
                if status == 401:
                    failures += 1
                elif status == 429:
                    time.sleep(0.05)  # poll interval while the short block runs out
                else:
                    break
            counts.add_server_errors([Reply(s, {}, None) for s in statuses if s], "guessing")
            blocked = attacker.call("POST", "/api/v1/sessions", {**admin, "password": ADMIN["password"]})
            allowed = user.call("POST", "/api/v1/sessions", {**admin, "password": ADMIN["password"]})
            if failures < 8 or 429 not in statuses or blocked.status != 429 or allowed.status != 201:
                counts.other += 1
                summary = ", ".join(f"{statuses.count(s)}x{s}" for s in sorted(set(statuses)))
                counts.note(f"round {number}: guesses {summary} ({failures} failures), then the attacker "
                            f"{blocked.status}, another address {allowed.status} (want 8 failures, 429 and 201)")
            attacker.close()
            user.close()


def scenario_auto_refill(env, counts):
    # Two calls that each take the balance under the auto-refill threshold, charged at once on
    # both instances: the card is charged for one refill, not two.
    with env.two_instances("refill", ("--simulation",)) as (port_a, port_b, database):
        a, b = shared_admin_session(port_a, port_b)
        refills_sql = "SELECT COUNT(*) FROM prepaid_ledger WHERE kind = 'auto_refill'"
        call = {"destination": "+34911234567", "durationSeconds": 60, "extension": "101"}
        for number in env.each_round(counts, 40):
            balance = expect(a.call("GET", "/api/v1/prepaid"), 200, "GET /prepaid")["balance"]["amountMinor"]
            settings = a.call("GET", "/api/v1/prepaid/auto-refill")
            # Any charge now crosses the threshold; one refill lifts the balance far above it.
            expect(a.call("PUT", "/api/v1/prepaid/auto-refill",
                          {"enabled": True, "thresholdMinor": balance, "amountMinor": 100000},
                          {"If-Match": settings.header("etag")}), 200, "PUT auto-refill")
            before = env.postgres.count(refills_sql, database)
            replies = race(*(lambda sync, c=c: c.call("POST", "/api/v1/simulation/calls", call, barrier=sync)
                             for c in (a, b)))
            counts.add_server_errors(replies, f"round {number}")
            refills = env.postgres.count(refills_sql, database) - before
            if refills > 1:
                counts.double_effects += 1
                counts.note(f"round {number}: {refills} refills for one crossing")
            elif [r.status for r in replies] != [201, 201]:
                counts.other += 1
                counts.note(f"round {number}: calls answered {replies}")


def scenario_unique_extension(env, counts):
    # The same new extension created on both instances at once: the rule "number and name are
    # unique" holds in the database too, and the loser hears it as the pre-check says it.
    with env.two_instances("unique") as (port_a, port_b, _):
        a, b = shared_admin_session(port_a, port_b)
        for number in env.each_round(counts, 60):
            body = {"number": str(600 + number), "firstName": "Carrera", "lastName": f"Prueba {number}",
                    "email": f"carrera{number}@example.com"}
            replies = race(*(lambda sync, c=c: c.call("POST", "/api/v1/extensions", body, barrier=sync)
                             for c in (a, b)))
            counts.add_server_errors(replies, f"round {number}")
            statuses = sorted(r.status or 0 for r in replies)
            if statuses == [201, 201]:
                counts.double_effects += 1
                counts.note(f"round {number}: extension {body['number']} created twice")
            elif statuses != [201, 422] and not any(s >= 500 for s in statuses):
                counts.other += 1
                counts.note(f"round {number}: {replies}")


SCENARIOS = {
    "if_match": scenario_if_match,
    "idempotency": scenario_idempotency,
    "number_claim": scenario_number_claim,
    "startup": scenario_startup,
    "phone_order": scenario_phone_order,
    "mail": scenario_mail,
    "call_completion": scenario_call_completion,
    "nginx_forwarded": scenario_nginx_forwarded,
    "auto_refill": scenario_auto_refill,
    "unique_extension": scenario_unique_extension,
}


# ---------------------------------------------------------------- main


def parse_args():
    parser = argparse.ArgumentParser(
        description="Race two centralita-server instances on one PostgreSQL database.")
    parser.add_argument("--server-binary", required=True, help="the centralita-server executable")
    parser.add_argument("--postgres-url", required=True,
                        help="admin URL of a role that may create databases, "
                             "postgresql://user:pass@host:port/db")
    parser.add_argument("--rounds", type=int, default=200,
                        help="rounds of if_match, idempotency, number_claim and phone_order (default 200)")
    parser.add_argument("--startup-rounds", type=int, default=10, help="rounds of startup (default 10)")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS),
                        help="run this scenario only (repeatable)")
    parser.add_argument("--through-nginx", action="store_true",
                        help="send every request through Debian's nginx with the example configuration")
    parser.add_argument("--timeout", type=float, default=300,
                        help="global time limit in seconds (default 300); rounds left are not run")
    args = parser.parse_args()
    if not (os.path.isfile(args.server_binary) and os.access(args.server_binary, os.X_OK)):
        parser.error(f"--server-binary {args.server_binary} is not an executable file")
    if urllib.parse.urlsplit(args.postgres_url).scheme not in ("postgresql", "postgres"):
        parser.error("--postgres-url must be a postgresql:// URL")
    if args.rounds < 1 or args.startup_rounds < 1:
        parser.error("--rounds and --startup-rounds must be at least 1")
    return args


def main():
    args = parse_args()
    postgres = Postgres(args.postgres_url)
    try:
        postgres.run("SELECT 1")
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"race_two_instances: cannot reach PostgreSQL at --postgres-url: {error}", file=sys.stderr)
        return 2
    workdir = tempfile.mkdtemp(prefix="centralita-race-")
    env = Env(args, postgres, workdir)

    # Last resort if something blocks past every per-call timeout: clean up and leave.
    def hard_stop():
        print(f"race_two_instances: still running {args.timeout + 60:.0f} s after start; giving up",
              file=sys.stderr, flush=True)
        stop_all()
        postgres.drop_all()
        os._exit(1)

    watchdog = threading.Timer(args.timeout + 60, hard_stop)
    watchdog.daemon = True
    watchdog.start()

    passed = failed = 0
    try:
        for name, scenario in SCENARIOS.items():
            if args.only and name not in args.only:
                continue
            counts = Counts()
            started = time.monotonic()
            try:
                scenario(env, counts)
            except SetupError as error:
                counts.other += 1
                counts.note(f"setup: {error}")
            except Exception:  # a bug here must not hide the other scenarios' results
                counts.other += 1
                counts.note("unexpected error: " + traceback.format_exc().strip().replace("\n", "\n    "))
            for text in counts.notes:
                print(f"  {name}: {text}", file=sys.stderr, flush=True)
            print(counts.line(name, time.monotonic() - started), flush=True)
            if counts.failed():
                failed += 1
            else:
                passed += 1
    finally:
        stop_all()
        postgres.drop_all()
        watchdog.cancel()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
