/* daicho-overview-page.c — the office tab
 *
 * The office shown in the header bar at a glance: who holds the posts the
 * rules name today, where its forms may be kept, and its staff. Everything
 * here is edited in the settings window; this page reloads when it changes.
 * A big office lists its first STAFF_FIRST staff until "Show All" is
 * pressed: the rows of 200 people take longer to lay out than the rest of
 * the window's first frame. The page's own first frame lays out only the
 * first STAFF_FIRST_FRAME (more than a full-screen window shows of them
 * below the posts and places); the rest of the STAFF_FIRST follow right
 * after it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-gui-util.h"
#include "daicho-overview-page.h"

#define STAFF_FIRST 30
#define STAFF_FIRST_FRAME 12

struct _DaichoOverviewPage
{
  AdwBin                parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *office_group;
  AdwPreferencesGroup  *staff_group;
  GtkListBox           *posts_list;
  GtkListBox           *places_list;
  GtkListBox           *staff_list;
  GtkWidget            *staff_more_button;

  /* owned */
  DaichoContext        *context;
  GtkSliceListModel    *staff_shown;  /* the first STAFF_FIRST, or all */
  gboolean              painted;      /* the page's first frame is painted */
};

G_DEFINE_FINAL_TYPE (DaichoOverviewPage, daicho_overview_page, ADW_TYPE_BIN)

static GtkWidget *
placeholder_row (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
create_post_row (gpointer item, gpointer user_data)
{
  DaichoOverviewPage *self = user_data;
  DaichoPost *post = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), post->name);
  if (post->holder_id != 0)
    {
      g_autofree char *since = daicho_context_format_date (self->context, post->holder_from);
      g_autofree char *subtitle = g_strdup_printf (_("%s (%s) since %s"), post->holder_name,
                                                   post->holder_emp_no, since);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Vacant: assign a holder in Settings → Posts"));
      gtk_widget_add_css_class (row, "warning");
    }
  return row;
}

static GtkWidget *
create_place_row (gpointer item, gpointer user_data)
{
  DaichoPlace *place = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (place->locks ? "channel-secure-symbolic"
                                                               : "dialog-warning-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), place->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               place->locks ? _("Can be locked (施錠可)")
                                            : _("Cannot be locked: forms may not be stored here"));
  if (!place->locks)
    gtk_widget_add_css_class (row, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static GtkWidget *
create_staff_row (gpointer item, gpointer user_data)
{
  DaichoStaff *staff = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), staff->name);
  subtitle = *staff->title ? g_strdup_printf ("%s · %s", staff->emp_no, staff->title)
                           : g_strdup (staff->emp_no);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* The posts that matter to this office: the city-wide managers and its own
 * システム利用責任者. */
static GListStore *
office_posts (DaichoDb *db, DaichoOffice *office)
{
  g_autoptr(GListStore) all = daicho_post_store_list (db, NULL, NULL);
  GListStore *mine = g_list_store_new (DAICHO_TYPE_POST);

  for (guint i = 0; all && i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(DaichoPost) post = g_list_model_get_item (G_LIST_MODEL (all), i);

      if (g_str_equal (post->role, "asset_manager") || g_str_equal (post->role, "system_admin") ||
          (g_str_equal (post->role, "usage_manager") && post->office_id == office->id))
        g_list_store_append (mine, post);
    }
  return mine;
}

static void
reload (DaichoOverviewPage *self)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  DaichoOffice *office = daicho_context_get_office (self->context);
  g_autoptr(GListStore) posts = NULL;
  g_autoptr(GListStore) places = NULL;
  g_autoptr(GListStore) staff = NULL;
  g_autofree char *description = NULL;
  g_autofree char *staff_title = NULL;

  if (office == NULL)
    {
      adw_preferences_group_set_title (self->office_group, _("No office"));
      gtk_list_box_bind_model (self->posts_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->places_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->staff_list, NULL, NULL, NULL, NULL);
      gtk_widget_set_visible (self->staff_more_button, FALSE);
      return;
    }

  description = g_strdup_printf ("%s · %s", office->code, daicho_office_kind_label (office->kind));
  adw_preferences_group_set_title (self->office_group, office->name);
  adw_preferences_group_set_description (self->office_group, description);

  posts = office_posts (db, office);
  places = daicho_place_store_list (db, office->id, FALSE, NULL);
  staff = daicho_staff_store_list (db, office->id, FALSE, NULL);

  gtk_list_box_bind_model (self->posts_list, G_LIST_MODEL (posts), create_post_row, self, NULL);
  gtk_list_box_bind_model (self->places_list, G_LIST_MODEL (places), create_place_row, self, NULL);
  g_clear_object (&self->staff_shown);
  self->staff_shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (staff)), 0,
                                                self->painted ? STAFF_FIRST : STAFF_FIRST_FRAME);
  gtk_list_box_bind_model (self->staff_list, G_LIST_MODEL (self->staff_shown), create_staff_row,
                           self, NULL);
  gtk_widget_set_visible (self->staff_more_button,
                          g_list_model_get_n_items (G_LIST_MODEL (staff)) > STAFF_FIRST);

  staff_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Staff (%u person)",
                                              "Staff (%u people)",
                                              g_list_model_get_n_items (G_LIST_MODEL (staff))),
                                 g_list_model_get_n_items (G_LIST_MODEL (staff)));
  adw_preferences_group_set_title (self->staff_group, staff_title);
}

static void
on_staff_more_clicked (DaichoOverviewPage *self)
{
  gtk_slice_list_model_set_size (self->staff_shown, G_MAXUINT);
  gtk_widget_set_visible (self->staff_more_button, FALSE);
}

static void
show_staff_first (GtkWidget *widget)
{
  DaichoOverviewPage *self = DAICHO_OVERVIEW_PAGE (widget);

  self->painted = TRUE;
  if (self->staff_shown != NULL && gtk_slice_list_model_get_size (self->staff_shown) < STAFF_FIRST)
    gtk_slice_list_model_set_size (self->staff_shown, STAFF_FIRST);
}

static void
on_context_changed (DaichoOverviewPage *self)
{
  reload (self);
}

static void
daicho_overview_page_constructed (GObject *object)
{
  DaichoOverviewPage *self = DAICHO_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (daicho_overview_page_parent_class)->constructed (object);

  gtk_list_box_set_placeholder (self->places_list,
                                placeholder_row (_("No storage places yet. Add them in Settings "
                                                   "(Ctrl+,) → Storage places.")));
  gtk_list_box_set_placeholder (self->staff_list,
                                placeholder_row (_("No staff yet. Add them in Settings (Ctrl+,) "
                                                   "→ Staff, or import a CSV file there.")));

  g_signal_connect_object (self->context, "notify::office", G_CALLBACK (on_context_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (on_context_changed), self,
                           G_CONNECT_SWAPPED);
  daicho_gui_after_first_frame (GTK_WIDGET (self), show_staff_first);
  reload (self);
}

static void
daicho_overview_page_dispose (GObject *object)
{
  DaichoOverviewPage *self = DAICHO_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->staff_shown);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_overview_page_parent_class)->dispose (object);
}

static void
daicho_overview_page_class_init (DaichoOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_overview_page_constructed;
  object_class->dispose = daicho_overview_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoOverviewPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/daicho-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoOverviewPage, office_group);
  gtk_widget_class_bind_template_child (widget_class, DaichoOverviewPage, staff_group);
  gtk_widget_class_bind_template_child (widget_class, DaichoOverviewPage, posts_list);
  gtk_widget_class_bind_template_child (widget_class, DaichoOverviewPage, places_list);
  gtk_widget_class_bind_template_child (widget_class, DaichoOverviewPage, staff_list);
  gtk_widget_class_bind_template_child (widget_class, DaichoOverviewPage, staff_more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_staff_more_clicked);
}

static void
daicho_overview_page_init (DaichoOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
daicho_overview_page_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_OVERVIEW_PAGE, "context", context, NULL);
}
