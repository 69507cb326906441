/* A stand-in for Windows' icuuc.dll, for building and testing under Wine 8 only (which lacks it).
 *
 * Qt 6's Qt6Core.dll imports ICU's converter functions from icuuc.dll, which real Windows has
 * from Windows 10 version 1903 on (forwarding to icu.dll). Wine 8 has neither, so Qt6Core.dll
 * would not load. This stand-in reports every converter as unavailable; Qt then uses its own
 * UTF-8/UTF-16/Latin-1 codecs, which are all Field Guide uses. It is placed in the Wine prefix's
 * system32, never in the bundle: packaging/windows/build.sh fails if it ends up there, and fails
 * if Qt imports a function this file does not provide.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef struct UConverter UConverter;
enum { U_FILE_ACCESS_ERROR = 4, U_INDEX_OUTOFBOUNDS_ERROR = 8 };

static void fail(UErrorCode *error) {
    if (error != NULL && *error <= 0) *error = U_FILE_ACCESS_ERROR;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *error) { (void)name; fail(error); return NULL; }
EXPORT void ucnv_close(UConverter *converter) { (void)converter; }
EXPORT void ucnv_reset(UConverter *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const UConverter *converter, UErrorCode *error) {
    (void)converter; fail(error); return NULL;
}
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t index) { (void)index; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error) {
    (void)name; (void)standard; fail(error); return NULL;
}
EXPORT void ucnv_getToUCallBack(const UConverter *c, void **action, const void **context) {
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const UConverter *c, void **action, const void **context) {
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(UConverter *c, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *error) {
    (void)c; (void)action; (void)context; (void)old_action; (void)old_context; fail(error);
}
EXPORT void ucnv_setFromUCallBack(UConverter *c, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *error) {
    (void)c; (void)action; (void)context; (void)old_action; (void)old_context; fail(error);
}
EXPORT void ucnv_toUnicode(UConverter *c, void **target, const void *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *error) {
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(error);
}
EXPORT void ucnv_fromUnicode(UConverter *c, char **target, const char *target_limit, const void **source,
                             const void *source_limit, int32_t *offsets, int8_t flush, UErrorCode *error) {
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(error);
}
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *error) { (void)c; fail(error); return -1; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *error) { (void)c; fail(error); return -1; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *error) {
    (void)args; (void)source; (void)length; (void)offset; fail(error);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *source_limit, int32_t offset,
                                    UErrorCode *error) {
    (void)args; (void)source; (void)source_limit; (void)offset; fail(error);
}
/* The default callbacks: never called, since no converter ever opens. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
