/* daicho-records-private.h — defining a record type in one statement
 *
 *   DEFINE_RECORD (DaichoThing, daicho_thing,
 *                  FIELD (DaichoThing, id, INT64),
 *                  FIELD (DaichoThing, name, STRING))
 *
 * gives the GType, one read-only property per field and freeing of the
 * string fields; daicho_record_new_from_stmt() fills it from columns of the
 * same names.
 */
#pragma once

#include "daicho/daicho-records.h"

#define FIELD(Type, name, kind) { #name, DAICHO_FIELD_##kind, G_STRUCT_OFFSET (Type, name) }

#define DEFINE_RECORD(Type, type_name, ...)                                        \
  G_DEFINE_FINAL_TYPE (Type, type_name, DAICHO_TYPE_RECORD)                      \
  static const DaichoRecordField type_name##_fields[] = { __VA_ARGS__ };         \
  static void type_name##_class_init (Type##Class *klass)                        \
  {                                                                              \
    daicho_record_class_set_fields (DAICHO_RECORD_CLASS (klass),                \
                                    type_name##_fields,                          \
                                    G_N_ELEMENTS (type_name##_fields));          \
  }                                                                              \
  static void type_name##_init (Type *self) { }
