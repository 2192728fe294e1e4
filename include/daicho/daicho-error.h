/* daicho-error.h — the one error domain of the Daicho core
 *
 * Every core function that can fail takes a GError ** and sets it in
 * DAICHO_ERROR with one of the codes below. Messages are written for the
 * person at the desk, translated through gettext, and never contain SQL.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DAICHO_ERROR (daicho_error_quark ())

typedef enum {
  DAICHO_ERROR_FAILED,        /* anything not listed below */
  DAICHO_ERROR_INVALID,       /* the input breaks a rule; message says which */
  DAICHO_ERROR_NOT_FOUND,     /* a referenced record does not exist */
  DAICHO_ERROR_EXISTS,        /* a unique key is already taken */
  DAICHO_ERROR_NO_OPERATOR,   /* a write was attempted with no operator chosen */
  DAICHO_ERROR_NEWER_SCHEMA,  /* the file was written by a newer Daicho */
  DAICHO_ERROR_NOT_DAICHO,    /* the file is not a Daicho database */
  DAICHO_ERROR_BUSY,          /* another program holds the file locked */
  DAICHO_ERROR_READ_ONLY,     /* the file cannot be written */
  DAICHO_ERROR_STORAGE,       /* SQLite or disk failure */
  DAICHO_ERROR_IO,            /* reading or writing another file failed */
} DaichoError;

GQuark daicho_error_quark (void);

G_END_DECLS
