/* daicho-records.c — record objects filled from query rows
 *
 * One base class does the work for every record type: properties, freeing
 * and filling from a statement are driven by each class's field table, so a
 * record type is its struct and that table.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho-db-private.h"
#include "daicho-records-private.h"

G_DEFINE_ABSTRACT_TYPE (DaichoRecord, daicho_record, G_TYPE_OBJECT)

#define FIELD_PTR(obj, field) ((guint8 *) (obj) + (field)->offset)

static void
daicho_record_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DaichoRecordClass *klass = DAICHO_RECORD_GET_CLASS (object);
  const DaichoRecordField *field;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);
  field = &klass->fields[prop_id - 1];

  switch (field->type)
    {
    case DAICHO_FIELD_STRING:
      g_value_set_string (value, *(char **) FIELD_PTR (object, field));
      break;
    case DAICHO_FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) FIELD_PTR (object, field));
      break;
    case DAICHO_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) FIELD_PTR (object, field));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daicho_record_finalize (GObject *object)
{
  DaichoRecordClass *klass = DAICHO_RECORD_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].type == DAICHO_FIELD_STRING)
      g_clear_pointer ((char **) FIELD_PTR (object, &klass->fields[i]), g_free);

  G_OBJECT_CLASS (daicho_record_parent_class)->finalize (object);
}

static void
daicho_record_class_init (DaichoRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = daicho_record_get_property;
  object_class->finalize = daicho_record_finalize;
}

static void
daicho_record_init (DaichoRecord *self)
{
}

void
daicho_record_class_set_fields (DaichoRecordClass       *klass,
                                const DaichoRecordField *fields,
                                guint                    n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->fields = fields;
  klass->n_fields = n_fields;
  /* GObject resets get_property for every class; each record class needs it. */
  object_class->get_property = daicho_record_get_property;

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (fields[i].name), "_", '-');
      GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
      GParamSpec *pspec = NULL;

      switch (fields[i].type)
        {
        case DAICHO_FIELD_STRING:
          pspec = g_param_spec_string (name, NULL, NULL, NULL, flags & ~G_PARAM_STATIC_NAME);
          break;
        case DAICHO_FIELD_INT64:
          pspec = g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                      flags & ~G_PARAM_STATIC_NAME);
          break;
        case DAICHO_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags & ~G_PARAM_STATIC_NAME);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

/* For each column of @stmt, the field of @klass it fills (NULL: none).
 * Worked out once per query, not once per row: matching names row by row
 * cost as much as the query itself on a 100,000-row list. */
static const DaichoRecordField **
map_columns (DaichoRecordClass *klass, DaichoStmt *stmt)
{
  int n_columns = sqlite3_column_count (stmt);
  const DaichoRecordField **map = g_new0 (const DaichoRecordField *, n_columns + 1);

  for (int c = 0; c < n_columns; c++)
    {
      const char *column = sqlite3_column_name (stmt, c);

      for (guint i = 0; i < klass->n_fields; i++)
        if (g_strcmp0 (klass->fields[i].name, column) == 0)
          {
            map[c] = &klass->fields[i];
            break;
          }
    }
  return map;
}

static gpointer
record_from_row (GType type, DaichoStmt *stmt, const DaichoRecordField **map)
{
  GObject *object = g_object_new (type, NULL);
  int n_columns = sqlite3_column_count (stmt);

  for (int c = 0; c < n_columns; c++)
    {
      const DaichoRecordField *field = map[c];

      if (field == NULL)
        continue;
      switch (field->type)
        {
        case DAICHO_FIELD_STRING:
          *(char **) FIELD_PTR (object, field) =
            g_strdup ((const char *) sqlite3_column_text (stmt, c));
          break;
        case DAICHO_FIELD_INT64:
          *(gint64 *) FIELD_PTR (object, field) = sqlite3_column_int64 (stmt, c);
          break;
        case DAICHO_FIELD_BOOLEAN:
          *(gboolean *) FIELD_PTR (object, field) = sqlite3_column_int (stmt, c) != 0;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return object;
}

gpointer
daicho_record_new_from_stmt (GType type, DaichoStmt *stmt)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree const DaichoRecordField **map = map_columns (DAICHO_RECORD_CLASS (klass), stmt);

  return record_from_row (type, stmt, map);
}

GListStore *
daicho_db_query_records (DaichoDb    *self,
                         GType        type,
                         GError     **error,
                         const char  *sql,
                         const char  *types,
                         ...)
{
  g_autoptr(GListStore) store = g_list_store_new (type);
  g_autoptr(DaichoStmt) stmt = NULL;
  va_list args;
  int rc;

  va_start (args, types);
  stmt = daicho_db_prepare_valist (self, error, sql, types, args);
  va_end (args);
  if (stmt == NULL)
    return NULL;

  {
    g_autoptr(GTypeClass) klass = g_type_class_ref (type);
    g_autofree const DaichoRecordField **map = map_columns (DAICHO_RECORD_CLASS (klass), stmt);
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

    /* Appended all at once: one items-changed for the whole list. */
    while ((rc = daicho_stmt_step (self, stmt, error)) == SQLITE_ROW)
      g_ptr_array_add (rows, record_from_row (type, stmt, map));
    if (rc == SQLITE_DONE)
      g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  }

  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&store);
}

gpointer
daicho_db_query_record (DaichoDb    *self,
                        GType        type,
                        const char  *not_found,
                        GError     **error,
                        const char  *sql,
                        const char  *types,
                        ...)
{
  g_autoptr(DaichoStmt) stmt = NULL;
  va_list args;
  int rc;

  va_start (args, types);
  stmt = daicho_db_prepare_valist (self, error, sql, types, args);
  va_end (args);
  if (stmt == NULL)
    return NULL;

  rc = daicho_stmt_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return daicho_record_new_from_stmt (type, stmt);
  if (rc == SQLITE_DONE && not_found != NULL)
    g_set_error_literal (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND, not_found);
  return NULL;
}

/* The record types: a field table each. */

DEFINE_RECORD (DaichoOffice, daicho_office,
               FIELD (DaichoOffice, id, INT64),
               FIELD (DaichoOffice, code, STRING),
               FIELD (DaichoOffice, name, STRING),
               FIELD (DaichoOffice, kind, STRING),
               FIELD (DaichoOffice, active, BOOLEAN))

DEFINE_RECORD (DaichoStaff, daicho_staff,
               FIELD (DaichoStaff, id, INT64),
               FIELD (DaichoStaff, emp_no, STRING),
               FIELD (DaichoStaff, name, STRING),
               FIELD (DaichoStaff, kana, STRING),
               FIELD (DaichoStaff, office_id, INT64),
               FIELD (DaichoStaff, office_code, STRING),
               FIELD (DaichoStaff, office_name, STRING),
               FIELD (DaichoStaff, title, STRING),
               FIELD (DaichoStaff, login, STRING),
               FIELD (DaichoStaff, left_on, STRING),
               FIELD (DaichoStaff, left_reason, STRING),
               FIELD (DaichoStaff, active, BOOLEAN))

DEFINE_RECORD (DaichoPlace, daicho_place,
               FIELD (DaichoPlace, id, INT64),
               FIELD (DaichoPlace, office_id, INT64),
               FIELD (DaichoPlace, office_code, STRING),
               FIELD (DaichoPlace, office_name, STRING),
               FIELD (DaichoPlace, name, STRING),
               FIELD (DaichoPlace, locks, BOOLEAN),
               FIELD (DaichoPlace, active, BOOLEAN))

DEFINE_RECORD (DaichoRetentionClass, daicho_retention_class,
               FIELD (DaichoRetentionClass, id, INT64),
               FIELD (DaichoRetentionClass, code, STRING),
               FIELD (DaichoRetentionClass, name, STRING),
               FIELD (DaichoRetentionClass, years, INT64),
               FIELD (DaichoRetentionClass, active, BOOLEAN))

DEFINE_RECORD (DaichoPost, daicho_post,
               FIELD (DaichoPost, id, INT64),
               FIELD (DaichoPost, code, STRING),
               FIELD (DaichoPost, name, STRING),
               FIELD (DaichoPost, role, STRING),
               FIELD (DaichoPost, office_id, INT64),
               FIELD (DaichoPost, office_name, STRING),
               FIELD (DaichoPost, active, BOOLEAN),
               FIELD (DaichoPost, holder_id, INT64),
               FIELD (DaichoPost, holder_emp_no, STRING),
               FIELD (DaichoPost, holder_name, STRING),
               FIELD (DaichoPost, holder_from, STRING))

DEFINE_RECORD (DaichoPostHolder, daicho_post_holder,
               FIELD (DaichoPostHolder, id, INT64),
               FIELD (DaichoPostHolder, post_id, INT64),
               FIELD (DaichoPostHolder, post_code, STRING),
               FIELD (DaichoPostHolder, post_name, STRING),
               FIELD (DaichoPostHolder, staff_id, INT64),
               FIELD (DaichoPostHolder, emp_no, STRING),
               FIELD (DaichoPostHolder, staff_name, STRING),
               FIELD (DaichoPostHolder, from_date, STRING),
               FIELD (DaichoPostHolder, to_date, STRING))

static const struct
{
  const char *kind;
  const char *label;
} office_kinds[] = {
  { "kuminka", N_("Citizens section") },
  { "shisho", N_("Branch office") },
  { "shutchojo", N_("Sub-branch office") },
  { "other", N_("Other") },
};

const char *
daicho_office_kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (office_kinds); i++)
    if (g_strcmp0 (office_kinds[i].kind, kind) == 0)
      return _(office_kinds[i].label);
  return kind ? kind : "";
}

gboolean
daicho_office_kind_is_valid (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (office_kinds); i++)
    if (g_strcmp0 (office_kinds[i].kind, kind) == 0)
      return TRUE;
  return FALSE;
}

char *
daicho_retention_years_label (gint64 years)
{
  if (years <= 0)
    return g_strdup (_("Permanent"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), (int) years);
}
