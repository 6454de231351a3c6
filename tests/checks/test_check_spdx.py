#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""scripts/check-spdx on small throwaway source trees: what it finds, where --fix puts the line,
that a second --fix changes nothing, and what it must leave alone (data, other licences, links)."""

import os
import stat
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts",
                      "check-spdx")
LINE = "SPDX-License-Identifier: EUPL-1.2"

FILES = {
    "app/thing.h": "#pragma once\n\nclass Thing;\n",
    "app/thing.cpp": "// Thing: what it is for.\n// A second line.\n\n#include \"thing.h\"\n",
    "app/CMakeLists.txt": "qt_add_library(thing STATIC thing.cpp)\n",
    "cmake/helpers.cmake": "# Helpers.\nfunction(f)\nendfunction()\n",
    "scripts/run": "#!/usr/bin/env bash\n# Runs it.\nset -e\n",
    "scripts/tool.py": "#!/usr/bin/env python3\n\"\"\"A tool.\"\"\"\nprint(1)\n",
    "scripts/empty.sh": "",
    "tests/data/feed.json": "{\"items\": []}\n",
    "README.md": "# Readme\n",
}
EXPECTED = {
    "app/thing.h": f"// {LINE}\n\n#pragma once\n\nclass Thing;\n",
    "app/thing.cpp": f"// {LINE}\n// Thing: what it is for.\n// A second line.\n\n#include \"thing.h\"\n",
    "app/CMakeLists.txt": f"# {LINE}\n\nqt_add_library(thing STATIC thing.cpp)\n",
    "cmake/helpers.cmake": f"# {LINE}\n# Helpers.\nfunction(f)\nendfunction()\n",
    "scripts/run": f"#!/usr/bin/env bash\n# {LINE}\n# Runs it.\nset -e\n",
    "scripts/tool.py": f"#!/usr/bin/env python3\n# {LINE}\n\n\"\"\"A tool.\"\"\"\nprint(1)\n",
    "scripts/empty.sh": f"# {LINE}\n",
    "tests/data/feed.json": "{\"items\": []}\n",
    "README.md": "# Readme\n",
}


def run(root, *args):
    return subprocess.run([sys.executable, SCRIPT, *args, root], capture_output=True, text=True,
                          check=False)


class CheckSpdx(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        for rel, text in FILES.items():
            self.write(rel, text)
        os.chmod(self.path("scripts/run"), 0o755)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, rel):
        return os.path.join(self.root, rel)

    def write(self, rel, text):
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        with open(self.path(rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    def read(self, rel):
        with open(self.path(rel), encoding="utf-8", newline="") as f:
            return f.read()

    def snapshot(self):
        return {rel: self.read(rel) for rel in FILES}

    def test_check_lists_every_source_file_without_the_line_and_changes_nothing(self):
        r = run(self.root)
        self.assertEqual(r.returncode, 1, r.stdout)
        for rel in ("app/thing.h", "app/thing.cpp", "app/CMakeLists.txt", "cmake/helpers.cmake",
                    "scripts/run", "scripts/tool.py"):
            self.assertIn(f"  {rel}\n", r.stdout)
        self.assertNotIn("feed.json", r.stdout)
        self.assertNotIn("README.md", r.stdout)
        self.assertEqual(self.snapshot(), FILES)

    def test_fix_puts_the_line_first_in_the_header_comment(self):
        r = run(self.root, "--fix")
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertEqual(self.snapshot(), EXPECTED)
        self.assertEqual(stat.S_IMODE(os.stat(self.path("scripts/run")).st_mode), 0o755)
        self.assertEqual(run(self.root).returncode, 0)

    def test_a_second_fix_changes_nothing(self):
        run(self.root, "--fix")
        once = self.snapshot()
        r = run(self.root, "--fix")
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertNotIn("added to", r.stdout)
        self.assertEqual(self.snapshot(), once)

    def test_the_line_below_the_header_comment_does_not_count(self):
        self.write("app/late.cpp", f"#include <x>\n// {LINE}\n")
        r = run(self.root)
        self.assertIn("  app/late.cpp\n", r.stdout)

    def test_another_licence_fails_and_is_left_alone(self):
        text = "// SPDX-License-Identifier: MIT\n// Third-party code.\n"
        self.write("app/vendored.h", text)
        r = run(self.root, "--fix")
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("app/vendored.h (MIT)", r.stdout)
        self.assertEqual(self.read("app/vendored.h"), text)

    def test_a_symbolic_link_is_not_followed(self):
        with tempfile.TemporaryDirectory() as outside:
            target = os.path.join(outside, "elsewhere.cpp")
            with open(target, "w", encoding="utf-8") as f:
                f.write("int x;\n")
            os.symlink(target, self.path("app/link.cpp"))
            run(self.root, "--fix")
            with open(target, encoding="utf-8") as f:
                self.assertEqual(f.read(), "int x;\n")
            self.assertTrue(os.path.islink(self.path("app/link.cpp")))

    def test_dot_folders_are_not_checked(self):
        self.write(".ci/run", "#!/usr/bin/env bash\nexec true\n")
        r = run(self.root, "--fix")
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertEqual(self.read(".ci/run"), "#!/usr/bin/env bash\nexec true\n")

    def test_in_a_git_work_tree_ignored_files_are_not_checked(self):
        git = ["git", "-C", self.root, "-c", "init.defaultBranch=main"]
        subprocess.run([*git, "init", "-q"], check=True)
        self.write(".gitignore", "/build*/\n")
        self.write("build/ci/generated.cpp", "int generated;\n")
        run(self.root, "--fix")
        self.assertEqual(self.read("build/ci/generated.cpp"), "int generated;\n")
        self.assertEqual(self.snapshot(), EXPECTED)


if __name__ == "__main__":
    unittest.main()
