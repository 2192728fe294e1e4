/* fuzz-common.h — what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target defines LLVMFuzzerTestOneInput. Built with clang and
 * -fsanitize=fuzzer it is a libFuzzer binary; otherwise fuzz-replay.c gives
 * it a main that runs every file of the corpus once. A target reports a
 * broken promise by aborting (fuzz_assert), which libFuzzer records as a
 * crash with its input.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "daicho/daicho.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Called once before the first input (by libFuzzer, and by fuzz-replay.c):
 * one-time set-up such as the demo database, so that it is not counted as
 * the work, or the leak, of the first input. */
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Aborts with @what when @condition is false, in every build type. */
#define fuzz_assert(condition, what) \
  ((condition) ? (void) 0 : fuzz_fail (__FILE__, __LINE__, what))

G_NORETURN void fuzz_fail (const char *file, int line, const char *what);

/* @message is fit to show a person: valid UTF-8, not empty, no control or
 * invisible formatting character except line breaks. */
void fuzz_assert_readable (const char *message);

/* A database filled with the demo data (small), made on first use in a
 * temporary folder that is removed at exit, with the first staff member as
 * the operator. Fast and not crash-safe: for fuzzing only. */
DaichoDb *fuzz_demo_db (void);

/* The integer the query @sql (no parameters) gives on @db. */
gint64 fuzz_count (DaichoDb *db, const char *sql);

/* @data as a NUL-terminated string (g_free it). Bytes after a NUL in @data
 * are kept, so the caller sees @size bytes, but string functions stop at
 * the NUL as they would on a C string from outside. */
char *fuzz_strndup (const uint8_t *data, size_t size);

/* @data with "@TODAY@" and "@YESTERDAY@" replaced by those dates in ISO, so
 * that seed ledgers stay importable as the calendar moves on. */
GBytes *fuzz_fill_dates (const uint8_t *data, size_t size);
