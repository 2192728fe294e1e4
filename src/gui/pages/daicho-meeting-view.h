/* daicho-meeting-view.h — one meeting of the セキュリティ会議: preparation and record */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_MEETING_VIEW (daicho_meeting_view_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeetingView, daicho_meeting_view, DAICHO, MEETING_VIEW, AdwBin)

GtkWidget *daicho_meeting_view_new    (DaichoContext *context);

/* Shows meeting @id and keeps it current as the records change. */
void       daicho_meeting_view_show   (DaichoMeetingView *self, gint64 id);
gint64     daicho_meeting_view_get_id (DaichoMeetingView *self);

G_END_DECLS
