#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2

"""Validates the case.json and manifest.json of an export package against the export format's
JSON Schema (docs/export-format.schema.json). Exit 0: valid; 1: invalid; 2: cannot validate
(python3-jsonschema missing, unreadable files) - which the tests count as a failure too."""

import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        print("usage: validate_package.py SCHEMA PACKAGE_FOLDER", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed (scripts/bootstrap installs it)", file=sys.stderr)
        return 2
    schema_path, folder = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    problems = []
    for name, definition in (("case.json", "case"), ("manifest.json", "manifest")):
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{name}: {e}", file=sys.stderr)
            return 2
        root = dict(schema)
        root["$ref"] = "#/$defs/" + definition
        validator = jsonschema.Draft202012Validator(root)
        for error in validator.iter_errors(document):
            problems.append(f"{name}: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
