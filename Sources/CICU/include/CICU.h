// The C face of ICU for Triglot. It declares only its own opaque handles and <stdint.h> types:
// ICU's own headers rename every symbol by version and clash with Foundation's ICU module, so
// they are included by cicu.c alone.
#ifndef TRIGLOT_CICU_H
#define TRIGLOT_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A break iterator over UTF-8 text; boundaries are UTF-8 byte offsets.
typedef struct TGBreaker TGBreaker;
/// A compiled ICU transform (transliterator).
typedef struct TGTransform TGTransform;

/// Kinds of break iterator (values of UBreakIteratorType).
enum { TG_BREAK_CHARACTER = 0, TG_BREAK_WORD = 1, TG_BREAK_LINE = 2, TG_BREAK_SENTENCE = 3 };

/// Whether an ICU status code is a failure (UErrorCode > U_ZERO_ERROR).
int32_t tg_failed(int32_t status);
/// ICU's symbolic name of a status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *tg_error_name(int32_t status);
/// ICU's version, e.g. "72.1", written into buffer (at least 32 bytes).
void tg_icu_version(char *buffer, int32_t capacity);

/// Opens a break iterator of `kind` for `locale` (e.g. "en", "zh", "en@ss=standard").
TGBreaker *tg_breaker_open(int32_t kind, const char *locale, int32_t *status);
/// Clones an iterator, so each thread can use its own.
TGBreaker *tg_breaker_clone(const TGBreaker *breaker, int32_t *status);
/// Closes an iterator and its text.
void tg_breaker_close(TGBreaker *breaker);
/// Points the iterator at UTF-8 text, which must stay alive and unchanged while in use.
void tg_breaker_set_text(TGBreaker *breaker, const uint8_t *utf8, int64_t length, int32_t *status);
/// The next boundary's byte offset, or -1 at the end; *rule_status gets ICU's rule status.
int64_t tg_breaker_next(TGBreaker *breaker, int32_t *rule_status);
/// Fills up to `capacity` boundaries (and rule statuses, when `rule_statuses` is not NULL)
/// after the current position; returns how many were written (fewer than capacity at the end).
int64_t tg_breaker_fill(TGBreaker *breaker, int64_t *offsets, int32_t *rule_statuses, int64_t capacity);

/// Opens the ICU transform `id` (UTF-16), forward when `reverse` is 0.
TGTransform *tg_transform_open(const uint16_t *id, int32_t id_length, int32_t reverse, int32_t *status);
/// Closes a transform.
void tg_transform_close(TGTransform *transform);
/// Transforms `text` in place; `*length` is updated. Returns the length needed; when it exceeds
/// `capacity` nothing usable was written (status is U_BUFFER_OVERFLOW_ERROR) and the caller retries.
int32_t tg_transform_apply(TGTransform *transform, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status);

/// Normalization forms.
enum { TG_NFC = 0, TG_NFD = 1, TG_NFKC = 2, TG_NFKC_CASEFOLD = 3 };
/// Length of the prefix of `text` that is already in `form` (the whole length when normalized).
int32_t tg_normalized_prefix(int32_t form, const uint16_t *text, int32_t length, int32_t *status);
/// Normalizes `text` into `dest`; returns the length needed (retry when above capacity).
int32_t tg_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
