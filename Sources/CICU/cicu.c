// The one file of Triglot that includes ICU. Each function is a thin, status-returning wrapper
// so that the Swift side never sees an ICU type.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct TGBreaker {
    UBreakIterator *iterator;
    UText *text;
};

struct TGTransform {
    UTransliterator *transliterator;
};

int32_t tg_failed(int32_t status) { return U_FAILURE((UErrorCode)status) ? 1 : 0; }

const char *tg_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void tg_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

TGBreaker *tg_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    TGBreaker *breaker = calloc(1, sizeof(TGBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

TGBreaker *tg_breaker_clone(const TGBreaker *breaker, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    TGBreaker *copy = calloc(1, sizeof(TGBreaker));
    if (copy == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    copy->iterator = iterator;
    return copy;
}

void tg_breaker_close(TGBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

void tg_breaker_set_text(TGBreaker *breaker, const uint8_t *utf8, int64_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    // Reusing the UText avoids an allocation per document.
    breaker->text = utext_openUTF8(breaker->text, (const char *)utf8, length, &error);
    if (U_SUCCESS(error)) ubrk_setUText(breaker->iterator, breaker->text, &error);
    *status = error;
}

int64_t tg_breaker_next(TGBreaker *breaker, int32_t *rule_status) {
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    if (rule_status != NULL) *rule_status = ubrk_getRuleStatus(breaker->iterator);
    // With a UTF-8 UText, ICU's boundaries are native indexes: byte offsets.
    return (int64_t)boundary;
}

int64_t tg_breaker_fill(TGBreaker *breaker, int64_t *offsets, int32_t *rule_statuses, int64_t capacity) {
    int64_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) break;
        offsets[count] = boundary;
        if (rule_statuses != NULL) rule_statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

TGTransform *tg_transform_open(const uint16_t *id, int32_t id_length, int32_t reverse, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError parse;
    UTransliterator *transliterator =
        utrans_openU((const UChar *)id, id_length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD, NULL, 0, &parse, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    TGTransform *transform = calloc(1, sizeof(TGTransform));
    if (transform == NULL) {
        utrans_close(transliterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    transform->transliterator = transliterator;
    return transform;
}

void tg_transform_close(TGTransform *transform) {
    if (transform == NULL) return;
    utrans_close(transform->transliterator);
    free(transform);
}

int32_t tg_transform_apply(TGTransform *transform, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t limit = *length;
    int32_t textLength = *length;
    utrans_transUChars(transform->transliterator, (UChar *)text, &textLength, capacity, 0, &limit, &error);
    *status = error;
    *length = textLength;
    return textLength;
}

static const UNormalizer2 *instance(int32_t form, UErrorCode *error) {
    switch (form) {
    case TG_NFD: return unorm2_getNFDInstance(error);
    case TG_NFKC: return unorm2_getNFKCInstance(error);
    case TG_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(error);
    default: return unorm2_getNFCInstance(error);
    }
}

int32_t tg_normalized_prefix(int32_t form, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = instance(form, &error);
    int32_t span = U_SUCCESS(error) ? unorm2_spanQuickCheckYes(normalizer, (const UChar *)text, length, &error) : 0;
    *status = error;
    return span;
}

int32_t tg_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = instance(form, &error);
    int32_t needed = U_SUCCESS(error)
        ? unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)dest, capacity, &error)
        : 0;
    *status = error;
    return needed;
}
