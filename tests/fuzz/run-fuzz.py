#!/usr/bin/python3
# run-fuzz.py — runs one libFuzzer target for a bounded time, from its seeds
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-fuzz.py TARGET SEED_DIR ARTIFACT_DIR [DICT]
# Fuzzes for $DAICHO_FUZZ_SECONDS seconds (default 20). New inputs go to a
# temporary folder, never into the source tree; a crashing input is written
# to ARTIFACT_DIR (crash-…), to be fixed and added to SEED_DIR. Exit 0 when
# no input broke a promise.
import os
import subprocess
import sys
import tempfile

target, seeds, artifacts = sys.argv[1:4]
dictionary = sys.argv[4] if len(sys.argv) > 4 else None
seconds = os.environ.get('DAICHO_FUZZ_SECONDS', '20')
if not seconds.isdigit() or int(seconds) < 1:
    sys.exit('DAICHO_FUZZ_SECONDS must be a whole number of seconds, not %r' % seconds)

os.makedirs(artifacts, exist_ok=True)
with tempfile.TemporaryDirectory(prefix='daicho-fuzz-') as new:
    argv = [target, new, seeds,
            '-max_total_time=' + seconds,
            '-timeout=10',
            '-rss_limit_mb=2048',
            '-max_len=262144',
            '-print_final_stats=1',
            '-artifact_prefix=' + os.path.join(artifacts, os.path.basename(target) + '-')]
    if dictionary:
        argv.append('-dict=' + dictionary)
    print(' '.join(argv), flush=True)
    sys.exit(subprocess.call(argv))
