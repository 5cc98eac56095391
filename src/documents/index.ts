/**
 * `sterrenprogramma/documents` — what people read and keep, made from the library's results: the
 * statement and plan as one print-ready HTML document, the organisation report page, SVG charts of
 * the koffer, and spreadsheet rows and CSV text. Pure functions returning strings or plain data:
 * nothing here reads a file, the clock or the machine's locale; every piece of user text is escaped
 * for the medium it lands in (HTML, SVG, a spreadsheet cell).
 *
 * A separate entry point, so that an app that only computes statements or scores a koffer does not
 * carry the documents' code (docs/decisions.md, "Documents").
 *
 * @packageDocumentation
 */

export { longDate } from "../i18n/format.js";
