// ICU behind a Swift-safe header. Nothing here is visible to Swift but jd_icu.h.
#include "jd_icu.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

_Static_assert(UBRK_WORD_NONE_LIMIT == 100 && UBRK_WORD_NUMBER_LIMIT == 200, "ICU rule status");
_Static_assert(UBRK_WORD_LETTER == 200 && UBRK_WORD_IDEO_LIMIT == 500, "ICU rule status");

struct jd_brk { UBreakIterator *it; UText *ut; int32_t kind; };

#define GROUP_CAP 512

// The output of a one-unit segment (a BMP scalar on its own), kept for the rest of one call: the same
// few curly quotes, dashes and accented letters recur through a posting.
#define MEMO_SIZE 64
typedef struct { UChar unit; uint8_t used, len; uint8_t bytes[12]; } memo_entry;

typedef struct {
    const UNormalizer2 *nfkc_cf, *nfd, *nfc;
    int32_t fold;
    uint8_t *dst; int64_t cap; int64_t n; int32_t *map;
    memo_entry *memo;
    const uint8_t *table;
} norm_state;

static int flush_group_uncached(norm_state *s, const UChar *g, int32_t glen, int32_t origin, UErrorCode *e);

// Normalises one segment (UTF-16, starting at source offset `origin`) and appends it as UTF-8.
static int flush_group(norm_state *s, const UChar *g, int32_t glen, int32_t origin, UErrorCode *e) {
    if (glen != 1 || !s->memo) return flush_group_uncached(s, g, glen, origin, e);
    memo_entry *m = &s->memo[g[0] % MEMO_SIZE];
    if (!m->used || m->unit != g[0]) {
        int64_t before = s->n;
        int r = flush_group_uncached(s, g, glen, origin, e);
        if (r) return r;
        if (s->n - before <= (int64_t)sizeof m->bytes) {
            m->unit = g[0]; m->used = 1; m->len = (uint8_t)(s->n - before);
            memcpy(m->bytes, s->dst + before, m->len);
        }
        return 0;
    }
    if (s->n + m->len > s->cap) return -2;
    memcpy(s->dst + s->n, m->bytes, m->len);
    for (int k = 0; k < m->len; k++) s->map[s->n + k] = origin;
    s->n += m->len;
    return 0;
}

static int flush_group_uncached(norm_state *s, const UChar *g, int32_t glen, int32_t origin, UErrorCode *e) {
    UChar a[GROUP_CAP * 18 + 32], b[GROUP_CAP * 18 + 32];
    int32_t alen = unorm2_normalize(s->nfkc_cf, g, glen, a, (int32_t)(sizeof a / sizeof a[0]), e);
    if (U_FAILURE(*e)) return -1;
    const UChar *out = a; int32_t olen = alen;
    if (s->fold) {
        int32_t blen = unorm2_normalize(s->nfd, a, alen, b, (int32_t)(sizeof b / sizeof b[0]), e);
        if (U_FAILURE(*e)) return -1;
        int32_t k = 0;
        for (int32_t i = 0; i < blen;) {
            UChar32 c; int32_t st = i; U16_NEXT(b, i, blen, c);
            if (u_charType(c) == U_NON_SPACING_MARK) continue;
            for (int32_t j = st; j < i; j++) b[k++] = b[j];
        }
        alen = unorm2_normalize(s->nfc, b, k, a, (int32_t)(sizeof a / sizeof a[0]), e);
        if (U_FAILURE(*e)) return -1;
        out = a; olen = alen;
    }
    for (int32_t i = 0; i < olen;) {
        UChar32 c; U16_NEXT(out, i, olen, c);
        if (c < 0x80 && s->table) c = s->table[c];
        if (s->n + 4 > s->cap) return -2;
        int64_t before = s->n; UBool bad = 0;
        U8_APPEND((uint8_t *)s->dst, s->n, s->cap, c, bad);
        if (bad) return -2;
        for (int64_t k = before; k < s->n; k++) s->map[k] = origin;
    }
    return 0;
}

int64_t jd_nfkc_casefold(const uint8_t *src, int64_t len, uint8_t *dst, int64_t cap,
                         int32_t *map, int32_t fold_diacritics, const uint8_t *ascii_table, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    norm_state s = { unorm2_getNFKCCasefoldInstance(&e), NULL, NULL, fold_diacritics, dst, cap, 0, map, NULL, ascii_table };
    if (fold_diacritics) { s.nfd = unorm2_getNFDInstance(&e); s.nfc = unorm2_getNFCInstance(&e); }
    if (U_FAILURE(e)) { *err = e; return -1; }
    UChar g[GROUP_CAP + 2]; int32_t glen = 0, gstart = 0;
    memo_entry memo[MEMO_SIZE];
    for (int k = 0; k < MEMO_SIZE; k++) memo[k].used = 0;
    s.memo = memo;
    int64_t i = 0;
    while (i < len) {
        // Fast path: an ASCII byte followed by ASCII (or the end) is its own segment, so a run of
        // ASCII bytes but its last (which a combining mark may follow) is lower-cased in one loop.
        int64_t run = i;
        while (run < len && src[run] < 0x80) run++;
        if (run < len && run > i) {
            // The run's last byte is its own segment too unless the scalar after it may combine with it.
            int64_t q = run; UChar32 next;
            U8_NEXT(src, q, len, next);
            if (next < 0 || !unorm2_hasBoundaryBefore(s.nfkc_cf, next)) run--;
        }
        if (run > i) {
            if (glen > 0) { int r = flush_group(&s, g, glen, gstart, &e); if (r) { *err = e; return r; } glen = 0; }
            int64_t n = run - i;
            if (s.n + n > cap) return -2;
            uint8_t *d = dst + s.n; int32_t *m = map + s.n; const uint8_t *p = src + i;
            if (ascii_table) {
                for (int64_t k = 0; k < n; k++) { d[k] = ascii_table[p[k]]; m[k] = (int32_t)(i + k); }
            } else {
                for (int64_t k = 0; k < n; k++) {
                    uint8_t b = p[k];
                    d[k] = (uint8_t)(b + ((uint8_t)(b - 'A') < 26 ? 32 : 0));
                    m[k] = (int32_t)(i + k);
                }
            }
            s.n += n; i = run;
            continue;
        }
        int64_t st = i; UChar32 c;
        U8_NEXT(src, i, len, c);
        if (c < 0) c = 0xFFFD;
        if ((glen > 0 && unorm2_hasBoundaryBefore(s.nfkc_cf, c)) || glen >= GROUP_CAP) {
            int r = flush_group(&s, g, glen, gstart, &e); if (r) { *err = e; return r; } glen = 0;
        }
        if (glen == 0) gstart = (int32_t)st;
        U16_APPEND_UNSAFE(g, glen, c);
    }
    if (glen > 0) { int r = flush_group(&s, g, glen, gstart, &e); if (r) { *err = e; return r; } }
    return s.n;
}

jd_brk *jd_brk_open(int32_t kind, const char *locale, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == 0 ? UBRK_WORD : UBRK_SENTENCE, locale, NULL, 0, &e);
    if (U_FAILURE(e)) { *err = e; return NULL; }
    jd_brk *b = calloc(1, sizeof *b);
    if (!b) { ubrk_close(it); *err = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->it = it; b->kind = kind;
    return b;
}

void jd_brk_close(jd_brk *brk) {
    if (!brk) return;
    if (brk->ut) utext_close(brk->ut);
    ubrk_close(brk->it);
    free(brk);
}

int64_t jd_brk_segment(jd_brk *brk, const uint8_t *text, int64_t len, int64_t *bounds,
                       uint8_t *classes, int64_t cap, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    brk->ut = utext_openUTF8(brk->ut, (const char *)text, len, &e);
    if (U_FAILURE(e)) { *err = e; return -1; }
    ubrk_setUText(brk->it, brk->ut, &e);
    if (U_FAILURE(e)) { *err = e; return -1; }
    int64_t n = 0;
    for (int32_t p = ubrk_next(brk->it); p != UBRK_DONE && n < cap; p = ubrk_next(brk->it)) {
        bounds[n] = p;
        if (classes) {
            int32_t st = ubrk_getRuleStatus(brk->it);
            classes[n] = st < UBRK_WORD_NONE_LIMIT ? JD_TOKEN_NONE
                       : st < UBRK_WORD_NUMBER_LIMIT ? JD_TOKEN_NUMBER : JD_TOKEN_WORD;
        }
        n++;
    }
    return n;
}

int32_t jd_char_type(uint32_t cp) { return (int32_t)u_charType((UChar32)cp); }
