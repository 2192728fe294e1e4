"""A TAP printer for the form checkers (check_pdf.py, check_xlsx.py).

Checks are collected with check() and printed by finish(): the plan first,
then one "ok N - NAME" or "not ok N - NAME" line each, a failed check
followed by up to 20 lines of its diagnostics as "# " comments.
"""


class Tap:
    def __init__(self):
        self.results = []

    def check(self, ok, name, diag=None):
        """Records a check named NAME that passed when OK is true."""
        self.results.append((bool(ok), name, diag))

    def finish(self):
        """Prints every check as TAP; returns the exit code, 1 when any failed."""
        print(f"1..{len(self.results)}")
        failed = 0
        for number, (ok, name, diag) in enumerate(self.results, 1):
            print(f"{'ok' if ok else 'not ok'} {number} - {name}")
            if not ok:
                failed += 1
                for line in str(diag or "").splitlines()[:20]:
                    print(f"# {line}")
        return 1 if failed else 0
