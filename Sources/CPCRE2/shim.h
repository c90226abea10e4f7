#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

// pcre2.h refuses to compile unless a code unit width is chosen first, and a
// system library target takes no cSettings: the define lives here. We match
// UTF-8 bytes only, so the 8-bit library is the one we link.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// Macros with casts do not import into Swift. PCRE2_SIZE is size_t, which
// Swift sees as Int, so the all-ones PCRE2_UNSET arrives as -1.
static inline PCRE2_SIZE cpcre2_unset(void) { return PCRE2_UNSET; }

#endif
