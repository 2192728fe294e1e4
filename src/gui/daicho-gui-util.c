/* daicho-gui-util.c — small things every view needs the same way */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho.h"
#include "daicho-context.h"
#include "daicho-gui-util.h"

void
daicho_gui_toast (GtkWidget *widget, const char *message)
{
  GtkWidget *overlay;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
      return;
    }

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL && root != NULL)
    overlay = g_object_get_data (G_OBJECT (root), "daicho-toast-overlay");
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

void
daicho_gui_show_error (GtkWidget *widget, const char *heading, const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error ? error->message : NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
daicho_gui_read_date (GtkEditable *editable, gboolean required, char **iso, GError **error)
{
  const char *text = gtk_editable_get_text (editable);
  GDate date;

  *iso = NULL;
  if (daicho_text_is_blank (text) && !required)
    return TRUE;
  if (!daicho_date_parse (text, &date, error))
    return FALSE;
  *iso = daicho_date_to_iso (&date);
  return TRUE;
}

static void
date_changed_cb (GtkEditable *editable, gpointer user_data)
{
  const char *text = gtk_editable_get_text (editable);
  GtkWidget *widget = GTK_WIDGET (editable);
  g_autoptr(GError) error = NULL;
  GDate date;

  if (daicho_text_is_blank (text))
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, NULL);
      return;
    }
  if (daicho_date_parse (text, &date, &error))
    {
      g_autofree char *shown = daicho_date_format (&date, DAICHO_DATE_WAREKI_LONG);
      g_autofree char *western = daicho_date_format (&date, DAICHO_DATE_ISO);
      g_autofree char *tip = g_strdup_printf ("%s（%s）", shown, western);

      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, tip);
    }
  else
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, error->message);
    }
}

void
daicho_gui_watch_date (GtkEditable *editable)
{
  g_signal_connect (editable, "changed", G_CALLBACK (date_changed_cb), NULL);
  date_changed_cb (editable, NULL);
}

GtkWidget *
daicho_gui_message_row (const char *message)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

void
daicho_gui_rows_clear (AdwPreferencesGroup *group, GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

void
daicho_gui_rows_add (AdwPreferencesGroup *group, GPtrArray *rows, GtkWidget *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

void
daicho_gui_rows_fill (AdwPreferencesGroup *group,
                      GPtrArray           *rows,
                      GListModel          *model,
                      const GError        *error,
                      const char          *empty_message,
                      DaichoRowFactory     factory,
                      gpointer             view)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;

  daicho_gui_rows_clear (group, rows);
  if (model == NULL)
    {
      daicho_gui_rows_add (group, rows, daicho_gui_message_row (error ? error->message : ""));
      return;
    }
  if (n == 0)
    daicho_gui_rows_add (group, rows, daicho_gui_message_row (empty_message));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      daicho_gui_rows_add (group, rows, factory (view, item));
    }
}

GListModel *
daicho_gui_staff_model (gpointer db, gint64 office_id)
{
  GListStore *staff = daicho_staff_store_list (DAICHO_DB (db), office_id, FALSE, NULL);

  return staff ? G_LIST_MODEL (staff) : G_LIST_MODEL (g_list_store_new (DAICHO_TYPE_STAFF));
}

GtkWidget *
daicho_gui_details_window_new (GtkWidget *parent, const char *title, GtkWidget **page)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  *page = adw_preferences_page_new ();
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), *page);
  gtk_widget_set_vexpand (*page, TRUE);
  adw_window_set_content (ADW_WINDOW (window), box);
  return window;
}

GtkWidget *
daicho_gui_property_row (AdwPreferencesGroup *group, const char *title, const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  /* Values are what people typed: "R&D" is text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value && *value ? value : "—");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  return row;
}

GtkWidget *
daicho_gui_action_button (const char *label, const char *style, GCallback callback,
                          gpointer data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  if (style)
    gtk_widget_add_css_class (button, style);
  g_signal_connect_swapped (button, "clicked", callback, data);
  return button;
}

char *
daicho_gui_person_and_time (DaichoContext *context, const char *name, const char *utc,
                            const char *none)
{
  g_autofree char *at = NULL;

  if (name == NULL)
    return g_strdup (none);
  at = daicho_context_format_timestamp (context, utc);
  return g_strdup_printf (C_("person and time", "%s (%s)"), name, at);
}

GtkWidget *
daicho_gui_entry_row (const char *title, const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return row;
}

GtkWidget *
daicho_gui_date_row (gpointer context, const char *title, const char *iso)
{
  g_autofree char *shown = iso ? daicho_context_format_date (context, iso) : NULL;
  GtkWidget *row = daicho_gui_entry_row (title, shown);

  daicho_gui_watch_date (GTK_EDITABLE (row));
  return row;
}

GtkWidget *
daicho_gui_group_new (const char *title, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

GtkWidget *
daicho_gui_text_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

GtkWidget *
daicho_gui_status_page (const char *icon, const char *title, const char *description)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  return status;
}

void
daicho_gui_clear (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    gtk_widget_unparent (child);
}

void
daicho_gui_ask (GtkWidget *widget, const char *heading, const char *body, const char *response,
                const char *label, GCallback callback, gpointer data)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                              body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    response, label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", callback, data, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GArray *
dropdown_years (GtkDropDown *dropdown)
{
  return g_object_get_data (G_OBJECT (dropdown), "daicho-years");
}

int
daicho_gui_year_dropdown_get (GtkDropDown *dropdown)
{
  GArray *years = dropdown_years (dropdown);
  guint i = gtk_drop_down_get_selected (dropdown);

  return years != NULL && i < years->len ? g_array_index (years, int, i) : 0;
}

void
daicho_gui_year_dropdown_fill (GtkDropDown *dropdown, DaichoContext *context, gboolean with_all,
                               int n_past)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean first = dropdown_years (dropdown) == NULL;
  int chosen = first ? -1 : daicho_gui_year_dropdown_get (dropdown);
  guint selected = with_all ? 1 : 0;   /* this fiscal year, unless another was chosen */
  GDate today;
  int fy;

  daicho_date_today (&today);
  fy = daicho_fiscal_year_of (&today);
  if (first)
    chosen = fy;
  if (with_all)
    {
      int all = 0;

      gtk_string_list_append (labels, _("All years"));
      g_array_append_val (years, all);
    }
  for (int year = fy; year >= fy - n_past; year--)
    {
      g_autofree char *label = daicho_context_format_fiscal_year (context, year);

      gtk_string_list_append (labels, label);
      g_array_append_val (years, year);
      if (year == chosen)
        selected = years->len - 1;
    }
  g_object_set_data_full (G_OBJECT (dropdown), "daicho-years", years,
                          (GDestroyNotify) g_array_unref);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, selected);
}

void
daicho_gui_add_shortcuts (GtkWidget *page, const DaichoGuiShortcut *shortcuts, gsize n_shortcuts)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  for (gsize i = 0; i < n_shortcuts; i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, shortcuts[i].mods),
                        gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (page, controller);
}

static gboolean
cell_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text;
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (GTK_IS_LABEL (label))
    {
      if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
        return FALSE;
      gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
      return TRUE;
    }
  /* A GtkInscription keeps its layout to itself: lay the text out again. */
  text = gtk_inscription_get_text (GTK_INSCRIPTION (label));
  if (text == NULL || *text == '\0')
    return FALSE;
  layout = gtk_widget_create_pango_layout (label, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width <= gtk_widget_get_width (label))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
daicho_gui_cell_tooltip (GtkWidget *label)
{
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
}

/* Held by one signal handler, then by the next, then by the idle. */
typedef struct
{
  GWeakRef   widget;
  void     (*callback) (GtkWidget *widget);
  gboolean   passed_on;  /* the handler being disconnected no longer holds it */
} AfterFirstFrame;

static void
after_first_frame_free (gpointer data)
{
  AfterFirstFrame *after = data;

  g_weak_ref_clear (&after->widget);
  g_free (after);
}

static void
after_first_frame_unhold (gpointer data, GClosure *closure)
{
  AfterFirstFrame *after = data;

  if (after->passed_on)
    after->passed_on = FALSE;
  else
    after_first_frame_free (after);
}

static gboolean
after_first_frame_idle_cb (gpointer data)
{
  AfterFirstFrame *after = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&after->widget);

  if (widget != NULL)
    after->callback (widget);
  return G_SOURCE_REMOVE;
}

static void
after_first_frame_paint_cb (GdkFrameClock *clock, gpointer data)
{
  AfterFirstFrame *after = data;

  after->passed_on = TRUE;
  g_signal_handlers_disconnect_by_func (clock, after_first_frame_paint_cb, data);
  g_idle_add_full (G_PRIORITY_LOW, after_first_frame_idle_cb, data, after_first_frame_free);
}

static void
after_first_frame_realize_cb (GtkWidget *widget, AfterFirstFrame *after)
{
  after->passed_on = TRUE;
  g_signal_handlers_disconnect_by_func (widget, after_first_frame_realize_cb, after);
  g_signal_connect_data (gtk_widget_get_frame_clock (widget), "after-paint",
                         G_CALLBACK (after_first_frame_paint_cb), after,
                         after_first_frame_unhold, 0);
}

void
daicho_gui_after_first_frame (GtkWidget *widget, void (*callback) (GtkWidget *widget))
{
  AfterFirstFrame *after = g_new0 (AfterFirstFrame, 1);

  g_weak_ref_init (&after->widget, widget);
  after->callback = callback;
  if (gtk_widget_get_realized (widget))
    g_signal_connect_data (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (after_first_frame_paint_cb), after,
                           after_first_frame_unhold, 0);
  else
    g_signal_connect_data (widget, "realize", G_CALLBACK (after_first_frame_realize_cb), after,
                           after_first_frame_unhold, 0);
}
