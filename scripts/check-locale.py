#!/usr/bin/env python3
"""Checks one language's message files against English, the way `cargo test --test languages`
does, without building anything: every file parses (Project Fluent's own parser), every English
message of the complete files (pages, mail, trainers) is there with the same variables, and no
file has a message English lacks. Usage: scripts/check-locale.py <code> [<code>…]
Needs `pip install fluent.syntax`."""
import os
import sys

from fluent.syntax import ast, parse

LOCALES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "frontend", "locales")
COMPLETE = ["pages.ftl", "mail.ftl", "trainers.ftl"]
PARTIAL = ["organisers.ftl"]


def variables(node, out):
    if isinstance(node, ast.VariableReference):
        out.add(node.id.name)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.BaseNode):
                    variables(child, out)
    return out


def messages(path, problems):
    with open(path, encoding="utf-8") as f:
        resource = parse(f.read())
    found = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            problems.append(f"{path}: does not parse: {entry.content.strip()[:120]!r}")
        elif isinstance(entry, ast.Message):
            if entry.id.name in found:
                problems.append(f"{path}: {entry.id.name} twice")
            found[entry.id.name] = variables(entry.value, set()) if entry.value else set()
    return found


def check(code):
    problems = []
    for name in COMPLETE + PARTIAL:
        english = messages(os.path.join(LOCALES, "en", name), problems)
        path = os.path.join(LOCALES, code, name)
        if not os.path.exists(path):
            problems.append(f"{path}: missing")
            continue
        theirs = messages(path, problems)
        for mid, used in english.items():
            if mid not in theirs:
                if name in COMPLETE:
                    problems.append(f"{path}: {mid} is missing")
            elif theirs[mid] != used:
                problems.append(f"{path}: {mid} uses {sorted(theirs[mid])}, English {sorted(used)}")
        for mid in theirs:
            if mid not in english:
                problems.append(f"{path}: {mid} is not an English message")
    return problems


if __name__ == "__main__":
    failed = False
    folders = [d for d in os.listdir(LOCALES) if d != "en" and os.path.isdir(os.path.join(LOCALES, d))]
    for code in sys.argv[1:] or sorted(folders):
        problems = check(code)
        print(f"{code}: {'ok' if not problems else f'{len(problems)} problems'}")
        for p in problems:
            print("  " + p)
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)
