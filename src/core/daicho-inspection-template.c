/* daicho-inspection-template.c — the checklist of the 点検シート and its versions
 *
 * Every edit copies the current version's items into a new version and
 * changes the copy, so an inspection made earlier keeps, and prints, the
 * items it was answered against. Retired items stay in the new version,
 * marked, so their keys are never given to another item.
 */
#include "config.h"


#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-inspection-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoInspectionItem, daicho_inspection_item,
               FIELD (DaichoInspectionItem, id, INT64),
               FIELD (DaichoInspectionItem, template_id, INT64),
               FIELD (DaichoInspectionItem, version, INT64),
               FIELD (DaichoInspectionItem, no, INT64),
               FIELD (DaichoInspectionItem, item_key, STRING),
               FIELD (DaichoInspectionItem, article, STRING),
               FIELD (DaichoInspectionItem, text, STRING),
               FIELD (DaichoInspectionItem, sort_order, INT64))

/* The articles the checklist is grouped by, in order. */
static const char * const articles[] = {
  "第5条・第6条", "第7条", "第8条", "第9条", "第10条", NULL
};

gint64
daicho_inspection_template_current (DaichoDb *db, GError **error)
{
  gint64 id = 0;

  if (!daicho_db_query_int (db, &id, 0, error,
                            "SELECT id FROM inspection_template ORDER BY version DESC LIMIT 1",
                            NULL))
    return 0;
  if (id == 0)
    g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                 _("The database holds no inspection checklist."));
  return id;
}

GListStore *
daicho_inspection_template_items (DaichoDb *db, gint64 template_id, GError **error)
{
  if (template_id == 0 && (template_id = daicho_inspection_template_current (db, error)) == 0)
    return NULL;
  return daicho_db_query_records (db, DAICHO_TYPE_INSPECTION_ITEM, error,
                                  "SELECT it.id, it.template_id, t.version,"
                                  "       row_number () OVER (ORDER BY it.sort_order, it.id) AS no,"
                                  "       it.item_key, it.article, it.text, it.sort_order"
                                  " FROM inspection_item it"
                                  " JOIN inspection_template t ON t.id = it.template_id"
                                  " WHERE it.template_id = ? AND it.retired = 0"
                                  " ORDER BY it.sort_order, it.id",
                                  "I", template_id);
}

gint64
daicho_inspection_template_find_version (DaichoDb *db, gint64 version, GError **error)
{
  gint64 id = 0;

  if (!daicho_db_query_int (db, &id, 0, error,
                            "SELECT id FROM inspection_template WHERE version = ?", "I", version))
    return 0;
  if (id == 0)
    g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                 _("The checklist has no version %lld."), (long long) version);
  return id;
}

const char * const *
daicho_inspection_template_articles (void)
{
  return articles;
}

/* Copies the current version into a new one (inside the caller's
 * transaction) and returns the new version's id, or 0. */
static gint64
new_version (DaichoDb *db, const char *note, GError **error)
{
  gint64 current = daicho_inspection_template_current (db, error);
  gint64 id;

  if (current == 0 ||
      !daicho_db_exec (db, error,
                       "INSERT INTO inspection_template (version, note, created_by, created_at)"
                       " SELECT max (version) + 1, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                       " FROM inspection_template",
                       "tn", note, daicho_db_get_operator (db)))
    return 0;
  id = daicho_db_last_insert_id (db);
  if (!daicho_db_exec (db, error,
                       "INSERT INTO inspection_item (template_id, item_key, article, text,"
                       " sort_order, retired)"
                       " SELECT ?, item_key, article, text, sort_order, retired"
                       " FROM inspection_item WHERE template_id = ? ORDER BY sort_order, id",
                       "II", id, current))
    return 0;
  return id;
}

/* The keys of version @template_id in order: current items, then retired. */
static GPtrArray *
keys_in_order (DaichoDb *db, gint64 template_id, GError **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DaichoStmt) stmt =
    daicho_db_prepare (db, error,
                       "SELECT item_key FROM inspection_item WHERE template_id = ?"
                       " ORDER BY retired, sort_order, id", "I", template_id);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (keys, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return rc == SQLITE_DONE ? g_steal_pointer (&keys) : NULL;
}

/* Gives the items of @template_id the order of @keys: 10, 20, 30 … */
static gboolean
renumber (DaichoDb *db, gint64 template_id, GPtrArray *keys, GError **error)
{
  for (guint i = 0; i < keys->len; i++)
    if (!daicho_db_exec (db, error,
                         "UPDATE inspection_item SET sort_order = ?"
                         " WHERE template_id = ? AND item_key = ? AND sort_order <> ?1",
                         "iIt", (int) (i + 1) * 10, template_id,
                         (const char *) keys->pdata[i]))
      return FALSE;
  return TRUE;
}

/* The current item @key, or an error. */
static gboolean
current_item (DaichoDb *db, const char *key, GError **error)
{
  gint64 current = daicho_inspection_template_current (db, error);
  gint64 n = 0;

  if (current == 0 ||
      !daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM inspection_item"
                            " WHERE template_id = ? AND item_key = ? AND retired = 0",
                            "It", current, key))
    return FALSE;
  if (n == 0)
    {
      g_autofree char *quoted = daicho_text_quote (key);

      return daicho_set_invalid (error, _("The checklist has no current item “%s”."), quoted);
    }
  return TRUE;
}

gint64
daicho_inspection_template_reword (DaichoDb *db, const char *item_key, const char *text,
                                   GError **error)
{
  g_autofree char *clean = daicho_text_strip (text);
  gint64 id = 0, same = 0;
  gboolean ok;

  if (!daicho_validate_text (_("Checklist item"), clean, DAICHO_TEXT_LONG / 4, TRUE, FALSE, error) ||
      !daicho_db_begin_write (db, error))
    return 0;
  ok = current_item (db, item_key, error) &&
       daicho_db_query_int (db, &same, 0, error,
                            "SELECT count (*) FROM inspection_item WHERE item_key = ?"
                            " AND text = ? AND template_id = (SELECT id FROM inspection_template"
                            "   ORDER BY version DESC LIMIT 1)", "tt", item_key, clean);
  if (ok && same > 0)
    ok = daicho_set_invalid (error, _("The item already reads so: nothing to change."));
  ok = ok && (id = new_version (db, "文言の変更", error)) != 0 &&
       daicho_db_exec (db, error,
                       "UPDATE inspection_item SET text = ? WHERE template_id = ? AND item_key = ?",
                       "tIt", clean, id, item_key);
  return daicho_db_finish_write (db, ok, error) ? id : 0;
}

gint64
daicho_inspection_template_add (DaichoDb *db, const char *article, const char *text,
                                char **new_key, GError **error)
{
  g_autofree char *clean = daicho_text_strip (text);
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GListStore) items = NULL;
  gint64 id = 0, n_custom = 0;
  guint rank, at = 0;
  gboolean ok;

  if (article == NULL || !g_strv_contains (articles, article))
    return daicho_set_invalid (error, _("Choose the article the item belongs to: 第5条・第6条, 第7条, "
                             "第8条, 第9条 or 第10条."));
  for (rank = 0; !g_str_equal (articles[rank], article); rank++)
    ;
  if (!daicho_validate_text (_("Checklist item"), clean, DAICHO_TEXT_LONG / 4, TRUE, FALSE, error) ||
      !daicho_db_begin_write (db, error))
    return 0;

  ok = daicho_db_query_int (db, &n_custom, 0, error,
                            "SELECT count (DISTINCT item_key) FROM inspection_item"
                            " WHERE item_key LIKE 'custom\\_%' ESCAPE '\\'", NULL) &&
       (id = new_version (db, "項目の追加", error)) != 0 &&
       (items = daicho_inspection_template_items (db, id, error)) != NULL &&
       (keys = keys_in_order (db, id, error)) != NULL;
  if (ok)
    {
      key = g_strdup_printf ("custom_%" G_GINT64_FORMAT, n_custom + 1);
      /* After the last current item of its article or of an earlier one. */
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
        {
          g_autoptr(DaichoInspectionItem) it = g_list_model_get_item (G_LIST_MODEL (items), i);
          guint r;

          for (r = 0; articles[r] && !g_str_equal (articles[r], it->article); r++)
            ;
          if (r <= rank)
            at = i + 1;
        }
      g_ptr_array_insert (keys, (int) at, g_strdup (key));
      ok = daicho_db_exec (db, error,
                           "INSERT INTO inspection_item (template_id, item_key, article, text,"
                           " sort_order) VALUES (?, ?, ?, ?, 0)",
                           "Ittt", id, key, article, clean) &&
           renumber (db, id, keys, error);
    }
  if (!daicho_db_finish_write (db, ok, error))
    return 0;
  if (new_key != NULL)
    *new_key = g_steal_pointer (&key);
  return id;
}

gint64
daicho_inspection_template_move (DaichoDb *db, const char *item_key, guint position,
                                 GError **error)
{
  g_autoptr(GPtrArray) keys = NULL;
  gint64 id = 0, n_current = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return 0;
  ok = current_item (db, item_key, error) &&
       (id = new_version (db, "順序の変更", error)) != 0 &&
       daicho_db_query_int (db, &n_current, 0, error,
                            "SELECT count (*) FROM inspection_item WHERE template_id = ?"
                            " AND retired = 0", "I", id) &&
       (keys = keys_in_order (db, id, error)) != NULL;
  if (ok && (position < 1 || position > n_current))
    ok = daicho_set_invalid (error, _("The position is 1 to %d."), (int) n_current);
  if (ok)
    {
      guint from = 0;

      g_ptr_array_find_with_equal_func (keys, item_key, g_str_equal, &from);
      if (from + 1 == position)
        ok = daicho_set_invalid (error, _("The item is already at position %u."), position);
      else
        {
          char *moved = g_ptr_array_steal_index (keys, from);
          g_ptr_array_insert (keys, (int) position - 1, moved);
          ok = renumber (db, id, keys, error);
        }
    }
  return daicho_db_finish_write (db, ok, error) ? id : 0;
}

gint64
daicho_inspection_template_retire (DaichoDb *db, const char *item_key, GError **error)
{
  gint64 id = 0, n_current = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return 0;
  ok = current_item (db, item_key, error) &&
       daicho_db_query_int (db, &n_current, 0, error,
                            "SELECT count (*) FROM inspection_item WHERE retired = 0"
                            " AND template_id = (SELECT id FROM inspection_template"
                            "   ORDER BY version DESC LIMIT 1)", NULL);
  if (ok && n_current <= 1)
    ok = daicho_set_invalid (error, _("The checklist keeps at least one item."));
  ok = ok && (id = new_version (db, "項目の廃止", error)) != 0 &&
       daicho_db_exec (db, error,
                       "UPDATE inspection_item SET retired = 1 WHERE template_id = ?"
                       " AND item_key = ?", "It", id, item_key);
  return daicho_db_finish_write (db, ok, error) ? id : 0;
}
