/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/*
 * A paginated flow of plain text for printed reports: rows of cells laid
 * out down the page, a new page (with a footer and page number) when the
 * next row does not fit, rows taller than a page split between lines, and
 * a table header repeated at the top of each page a table runs onto.
 * Text is always set as plain text, never as markup.
 *
 * Sizes are in points. The page count is only known after a first pass:
 * a report is drawn twice, the first time with @n_pages 0 (where the
 * footer says "Page N" only), the second time with the count it gave.
 */

typedef enum
{
  KIN_REPORT_FONT_TITLE,
  KIN_REPORT_FONT_HEADING,
  KIN_REPORT_FONT_SUBHEADING,
  KIN_REPORT_FONT_BODY,
  KIN_REPORT_FONT_BODY_BOLD,
  KIN_REPORT_FONT_SMALL,
  KIN_REPORT_N_FONTS,
} KinReportFont;

typedef struct
{
  const char    *text;    /* plain text; NULL is empty */
  KinReportFont  font;
  double         x;       /* from the left margin */
  double         width;
  PangoAlignment align;
  gboolean       muted;   /* grey rather than black */
} KinReportCell;

typedef struct _KinReportFlow KinReportFlow;

typedef void (*KinReportHeaderFunc) (KinReportFlow *flow,
                                     gpointer       user_data);

KinReportFlow *kin_report_flow_new        (cairo_t             *cr,
                                           double               page_width,
                                           double               page_height,
                                           double               margin,
                                           const char          *footer,
                                           guint                n_pages);
void           kin_report_flow_free       (KinReportFlow       *flow);
double         kin_report_flow_get_width  (KinReportFlow       *flow);

/* Vertical space, dropped at the top of a page. */
void           kin_report_flow_gap        (KinReportFlow       *flow,
                                           double               points);
/* Starts a new page unless @points are left on this one: a heading and
 * the first row after it stay together. */
void           kin_report_flow_keep       (KinReportFlow       *flow,
                                           double               points);
double         kin_report_flow_measure    (KinReportFlow       *flow,
                                           const KinReportCell *cells,
                                           guint                n_cells,
                                           double               padding);
/* Draws one row of cells, @padding above and below the text. */
void           kin_report_flow_row        (KinReportFlow       *flow,
                                           const KinReportCell *cells,
                                           guint                n_cells,
                                           double               padding);
void           kin_report_flow_text       (KinReportFlow       *flow,
                                           const char          *text,
                                           KinReportFont        font,
                                           gboolean             muted);
/* A horizontal line across the text width. */
void           kin_report_flow_rule       (KinReportFlow       *flow,
                                           double               line_width,
                                           double               grey);
/* While set, @func draws a table header at the top of every new page. */
void           kin_report_flow_set_header (KinReportFlow       *flow,
                                           KinReportHeaderFunc  func,
                                           gpointer             user_data);
/* Ends the last page. Returns the number of pages. */
guint          kin_report_flow_finish     (KinReportFlow       *flow);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinReportFlow, kin_report_flow_free)

G_END_DECLS
