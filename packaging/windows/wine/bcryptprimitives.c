/* A stand-in for Windows' bcryptprimitives.dll, for building and testing under Wine 8 only.
 *
 * cryptography's Rust code imports ProcessPrng from bcryptprimitives.dll, which every Windows 10
 * has and Wine 8 lacks. Here it draws from the system RNG through BCryptGenRandom, which Wine
 * implements. Placed in the Wine prefix's system32, never in the bundle (build.sh checks).
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
