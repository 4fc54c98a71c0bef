#ifndef JD_ICU_H
#define JD_ICU_H
// The only door to the system ICU. This header uses <stdint.h> types and opaque structs so that
// Swift never sees an ICU header (Foundation carries its own ICU; the two clash at compile time).
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator (word or sentence), opaque to Swift.
typedef struct jd_brk jd_brk;

/// Token classes reported by jd_brk_words, from ICU's word-break rule status.
enum { JD_TOKEN_NONE = 0, JD_TOKEN_NUMBER = 1, JD_TOKEN_WORD = 2 };

/// NFKC case-folds UTF-8 `src` into `dst`. For every output byte, `map` receives the offset in
/// `src` of the normalisation segment it came from. ASCII runs take a fast path. With
/// `fold_diacritics`, combining marks are removed after decomposition. Invalid UTF-8 becomes
/// U+FFFD. Returns the output length, or -1 on an ICU error (`*err` holds the ICU code), or
/// -2 when `cap` is too small (callers pass `cap >= 4 * len + 16`; NFKC can expand 18x on rare
/// characters, so -2 asks the caller to retry larger). With a non-null `ascii_table` (128 bytes,
/// each below 0x80), every ASCII byte written, case-folded, is then replaced by its entry.
int64_t jd_nfkc_casefold(const uint8_t *src, int64_t len, uint8_t *dst, int64_t cap,
                         int32_t *map, int32_t fold_diacritics, const uint8_t *ascii_table, int32_t *err);

/// Opens a word (kind 0) or sentence (kind 1) break iterator for `locale` (e.g. "en@ss=standard").
jd_brk *jd_brk_open(int32_t kind, const char *locale, int32_t *err);

/// Closes an iterator from jd_brk_open.
void jd_brk_close(jd_brk *brk);

/// Segments UTF-8 `text`: writes every boundary after the start (byte offsets, ascending) into
/// `bounds` and, when `classes` is not NULL, the JD_TOKEN_* class of the segment that ends there.
/// Returns the number of boundaries written (at most `cap`), or -1 on error.
int64_t jd_brk_segment(jd_brk *brk, const uint8_t *text, int64_t len, int64_t *bounds,
                       uint8_t *classes, int64_t cap, int32_t *err);

/// The Unicode general category of `cp` as ICU numbers it (u_charType).
int32_t jd_char_type(uint32_t cp);

#ifdef __cplusplus
}
#endif
#endif
