#!/usr/bin/env python3
"""Keeps docs/openapi.yaml in step with the routes the server registers.

Usage: python3 tests/contract/openapi_routes.py <repo root>

Collects every `router.add("METHOD", QStringLiteral("/path"), ...)` in server/**/*.cpp and every
operation under `paths:` in docs/openapi.yaml, and compares the two sets. Path parameters must
have the same names on both sides (`{id}` in the code is `{id}` in the document).

Exit status: 0 when they match; 1 when a route is undocumented ("missing"), a documented route
does not exist ("stale"), a `router.add(` call cannot be read, or a path or method is documented
twice; 2 on a usage error. Python 3 standard library only: the YAML is read line by line, which
works because docs/openapi.yaml keeps path keys at 2 spaces and methods at 4 spaces.
"""

import pathlib
import re
import sys

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

# router.add("GET", QStringLiteral("/api/v1/things/{id}"), ... — possibly split over lines.
ROUTE_CALL = re.compile(r"\brouter\s*\.\s*add\s*\(")
ROUTE = re.compile(r'\brouter\s*\.\s*add\s*\(\s*"([A-Za-z]+)"\s*,\s*QStringLiteral\s*\(\s*"([^"]+)"\s*\)')

PATHS_KEY = re.compile(r"^paths:\s*(#.*)?$")
TOP_LEVEL_KEY = re.compile(r"^[^\s#]")
PATH_KEY = re.compile(r"""^  (['"]?)(/[^'"]*)\1:\s*(#.*)?$""")
METHOD_KEY = re.compile(r"^    ([A-Za-z]+):\s*(#.*)?$")


def code_routes(root):
    """{(METHOD, path): "file:line"} for every route the server registers, plus read errors."""
    routes, errors = {}, []
    for source in sorted((root / "server").rglob("*.cpp")):
        text = source.read_text(encoding="utf-8")
        where = source.relative_to(root).as_posix()
        for call in ROUTE_CALL.finditer(text):
            line = text.count("\n", 0, call.start()) + 1
            match = ROUTE.match(text, call.start())
            if not match:
                errors.append(f"{where}:{line}: cannot read this router.add( call; "
                              'write it as router.add("METHOD", QStringLiteral("/path"), ...)')
                continue
            key = (match.group(1).upper(), match.group(2))
            if key in routes:
                errors.append(f"{where}:{line}: {key[0]} {key[1]} is already registered at {routes[key]}")
            routes[key] = f"{where}:{line}"
    return routes, errors


def documented_routes(document):
    """{(METHOD, path): line number} for every operation under `paths:`, plus read errors."""
    routes, errors = {}, []
    in_paths = False
    path = None
    seen_paths = {}
    with document.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines, start=1):
            line = raw.rstrip("\n").rstrip()
            if PATHS_KEY.match(line):
                in_paths = True
                continue
            if not in_paths or not line or line.lstrip().startswith("#"):
                continue
            if TOP_LEVEL_KEY.match(line):
                break  # the next top-level key (components:, …) ends the paths section
            path_key = PATH_KEY.match(line)
            if path_key:
                path = path_key.group(2)
                if path in seen_paths:
                    errors.append(f"line {number}: path {path} is already documented at line "
                                  f"{seen_paths[path]} (YAML keeps only the last)")
                seen_paths[path] = number
                continue
            if line.startswith("  x-"):
                path = None  # a specification extension of the paths object, not a path
                continue
            if line.startswith("  ") and not line.startswith("   "):
                errors.append(f"line {number}: expected a path key at 2 spaces "
                              f"(unquoted, starting with /): {line.strip()}")
                path = None
                continue
            method_key = METHOD_KEY.match(line)
            if method_key and path is not None:
                method = method_key.group(1).lower()
                if method not in HTTP_METHODS:
                    continue  # parameters:, summary:, servers: … of the path item
                key = (method.upper(), path)
                if key in routes:
                    errors.append(f"line {number}: {key[0]} {path} is already documented at line {routes[key]}")
                routes[key] = number
    if not in_paths:
        errors.append("no top-level `paths:` section")
    return routes, errors


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1]).resolve()
    document = root / "docs" / "openapi.yaml"
    if not (root / "server").is_dir() or not document.is_file():
        print(f"openapi: {root} has no server/ folder or no docs/openapi.yaml", file=sys.stderr)
        return 2

    in_code, code_errors = code_routes(root)
    in_doc, doc_errors = documented_routes(document)
    problems = [f"server: {error}" for error in code_errors]
    problems += [f"docs/openapi.yaml: {error}" for error in doc_errors]
    if not in_code:
        problems.append("server: found no router.add(...) routes; has the registration style changed?")

    missing = sorted(set(in_code) - set(in_doc), key=lambda key: (key[1], key[0]))
    stale = sorted(set(in_doc) - set(in_code), key=lambda key: (key[1], key[0]))
    for method, path in missing:
        problems.append(f"missing: {method} {path} ({in_code[(method, path)]}) is not in docs/openapi.yaml")
    for method, path in stale:
        problems.append(f"stale: {method} {path} (docs/openapi.yaml line {in_doc[(method, path)]}) "
                        "is not a server route")

    for problem in problems:
        print(problem)
    print(f"openapi: {len(in_doc)} routes documented, {len(missing)} missing, {len(stale)} stale")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
