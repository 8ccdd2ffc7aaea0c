#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases from meson's test log and prints "N passed, N failed".

Each TAP program counts one per "ok"/"not ok" line it printed; a program that
crashed before finishing its plan also counts one failure; a non-TAP test
counts as one. Usage: count-tests.py TESTLOG.json [EXTRA_PASSED EXTRA_FAILED]
"""

import json
import re
import sys


def main():
    passed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    failed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    seen = 0

    try:
        with open(sys.argv[1], encoding="utf-8") as log:
            lines = log.readlines()
    except OSError as error:
        print(f"Cannot read the test log: {error}")
        print(f"{passed} passed, {failed + 1} failed")
        return 1

    for line in lines:
        entry = json.loads(line)
        seen += 1
        result = entry.get("result")
        output = entry.get("stdout") or ""
        oks = len(re.findall(r"^ok\b", output, re.M))
        not_oks = len(re.findall(r"^not ok\b", output, re.M))
        program_ok = result in ("OK", "SKIP", "EXPECTEDFAIL")

        if entry.get("protocol") == "tap" or oks + not_oks > 0:
            passed += oks
            failed += not_oks
            if not program_ok and not_oks == 0:
                failed += 1
        elif program_ok:
            passed += 1
        else:
            failed += 1

    if seen == 0:
        print("No tests ran.")
        failed += 1

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
