/* bench-machine.c — what the figures were measured on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CPU model, cores, memory, OS and load come from /proc and
 * /etc/os-release on Linux; elsewhere the lines say "unknown".
 */
#include "config.h"

#include <string.h>

#include "bench-sections.h"
#include "bench-table.h"

/* The value of the first "@key<spaces>: value" or "@key: value" line of
 * the file @path, or NULL. */
static char *
proc_value (const char *path, const char *key)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');

      if (colon != NULL && g_str_has_prefix (lines[i], key) &&
          strspn (lines[i] + strlen (key), " \t") == (gsize) (colon - lines[i]) - strlen (key))
        return g_strstrip (g_strdup (colon + 1));
    }
  return NULL;
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("unknown");
  fields = g_strsplit (text, " ", 4);
  if (g_strv_length (fields) < 3)
    return g_strdup ("unknown");
  return g_strdup_printf ("%s %s %s (1, 5, 15 min)", fields[0], fields[1], fields[2]);
}

void
bench_print_machine (void)
{
  g_autofree char *cpu = proc_value ("/proc/cpuinfo", "model name");
  g_autofree char *mem = proc_value ("/proc/meminfo", "MemTotal");
  g_autofree char *mhz = proc_value ("/proc/cpuinfo", "cpu MHz");
  g_autofree char *memory = mem ? g_strdup_printf ("%.1f GiB",
                                                   g_ascii_strtod (mem, NULL) / 1048576.0)
                                : g_strdup ("unknown");
  g_autofree char *os = g_get_os_info (G_OS_INFO_KEY_PRETTY_NAME);
  const char *display = g_getenv ("WAYLAND_DISPLAY");

  if (display == NULL || *display == '\0')
    display = g_getenv ("DISPLAY");
  bench_note ("machine:    %s%s%s%s, %u cores, %s memory", cpu ? cpu : "CPU unknown",
              mhz ? " at " : "", mhz ? mhz : "", mhz ? " MHz" : "", g_get_num_processors (),
              memory);
  bench_note ("system:     %s; GLib %u.%u.%u; display %s%s%s", os ? os : "unknown",
              glib_major_version, glib_minor_version, glib_micro_version,
              display && *display ? display : "none",
              g_getenv ("GSK_RENDERER") ? ", GSK_RENDERER=" : "",
              g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "");
  bench_print_load ("started:");
}

void
bench_print_load (const char *what)
{
  g_autofree char *load = load_average ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%d %H:%M:%S %z");

  bench_note ("%-11s %s, load average %s", what, when, load);
}
