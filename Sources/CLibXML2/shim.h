#ifndef JD_CLIBXML2_SHIM_H
#define JD_CLIBXML2_SHIM_H
// libxml2 for Swift. Debian builds libxml2 with ICU, and <libxml/encoding.h> would then pull the
// system ICU headers into Swift, where they clash with Foundation's own ICU. Undefine it first.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

/// Declares the parser input UTF-8 (no conversion, no guessing from <meta>).
static inline void jd_xml_use_utf8(void *ctx) { xmlSwitchEncoding((xmlParserCtxtPtr)ctx, XML_CHAR_ENCODING_UTF8); }

/// Frees memory libxml2 allocated (xmlFree is a global function pointer, not a function).
static inline void jd_xml_free(void *p) { xmlFree(p); }

/// Byte offset of the parser's current position in its (UTF-8) input, or -1.
static inline long jd_xml_parser_offset(void *ctx) {
    xmlParserCtxtPtr c = (xmlParserCtxtPtr)ctx;
    if (c == NULL || c->input == NULL || c->input->cur == NULL || c->input->base == NULL) return -1;
    return (long)(c->input->cur - c->input->base) + (long)c->input->consumed;
}

static inline void jd_xml_ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void jd_xml_ignore_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/// Silences libxml2's generic and structured error output for the calling thread.
static inline void jd_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, jd_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, jd_xml_ignore_structured);
}
#endif
