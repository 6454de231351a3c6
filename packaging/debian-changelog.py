#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes the Debian changelog of the package from the repository's CHANGELOG.md, so that the
package's changelog.gz and the file kept in the repository cannot say different things.

Usage: debian-changelog.py CHANGELOG.md PACKAGE VERSION MAINTAINER OUTPUT
CHANGELOG.md has one `## VERSION - YYYY-MM-DD` section per release, newest first, each a list of
`- ` items (continuation lines indented); an `## Unreleased` section is left out. The newest
release must be VERSION, the version being packaged. Exit 1 with a message on anything else.
"""

import datetime
import email.utils
import re
import sys
import textwrap

RELEASE = re.compile(r"^## (\d+(?:\.\d+)*) - (\d{4}-\d{2}-\d{2})$")
WIDTH = 78  # Debian changelog lines stay within 80 columns


class FormatError(Exception):
    pass


def parse(lines):
    """[(version, date, [item text])], in file order."""
    releases = []
    current = None  # the items of the section being read; None outside a release
    in_release = False
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if line.startswith("## "):
            match = RELEASE.match(line)
            if line == "## Unreleased":
                in_release = False
            elif match:
                date = datetime.date.fromisoformat(match.group(2))
                releases.append((match.group(1), date, []))
                in_release = True
            else:
                raise FormatError(f"line {number}: expected '## VERSION - YYYY-MM-DD': {line}")
            current = None
            continue
        if not in_release or not line.strip():
            continue
        items = releases[-1][2]
        if line.startswith("- "):
            items.append(line[2:].strip())
            current = items
        elif line.startswith("  ") and current is not None:
            items[-1] += " " + line.strip()
        else:
            raise FormatError(f"line {number}: a release holds only '- ' items: {line}")
    return releases


def entry(package, version, date, items, maintainer):
    when = datetime.datetime.combine(date, datetime.time(12, 0), datetime.timezone.utc)
    body = []
    for item in items:
        text = item.replace("`", "")
        body.extend(textwrap.wrap(text, WIDTH, initial_indent="  * ", subsequent_indent="    ",
                                  break_on_hyphens=False, break_long_words=False))
    return "".join([
        f"{package} ({version}) unstable; urgency=medium\n\n",
        "".join(line + "\n" for line in body),
        f"\n -- {maintainer}  {email.utils.format_datetime(when)}\n",
    ])


def main(argv):
    if len(argv) != 6:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source, package, version, maintainer, output = argv[1:]
    try:
        with open(source, encoding="utf-8") as f:
            releases = parse(f.readlines())
        if not releases:
            raise FormatError("no release section")
        if releases[0][0] != version:
            raise FormatError(f"the newest release is {releases[0][0]}, the package is {version}")
        for (newer, newer_date, _), (older, older_date, _) in zip(releases, releases[1:]):
            if newer_date < older_date:
                raise FormatError(f"{newer} is dated before {older}: newest first")
        for v, _, items in releases:
            if not items:
                raise FormatError(f"release {v} lists no change")
    except (FormatError, ValueError) as error:
        print(f"{source}: {error}", file=sys.stderr)
        return 1
    text = "\n".join(entry(package, v, d, items, maintainer) for v, d, items in releases)
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
