#ifndef LEDE_CZLIB_SHIM_H
#define LEDE_CZLIB_SHIM_H

// zlib, for reading .gz files and for the workspace's stored paragraphs. `inflateInit2` and
// `deflateInit2` are C macros that Swift cannot call; these wrappers give them a fixed arity.

#include <zlib.h>

// Starts inflating gzip data (a gzip header, not a bare zlib or deflate stream).
static inline int lede_inflate_init_gzip(z_stream *stream) {
    // 15: the largest window, as gzip writes; +16: expect and check a gzip header and trailer.
    return inflateInit2(stream, 15 + 16);
}

// Starts inflating a raw deflate stream (no header or trailer), with the largest window.
static inline int lede_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}

// Starts deflating to a raw deflate stream (no header or trailer): `level` 0-9, the largest
// window, `memoryLevel` 1-9 (the size of the match-finding hash table), the default strategy.
static inline int lede_deflate_init_raw(z_stream *stream, int level, int memoryLevel) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, memoryLevel, Z_DEFAULT_STRATEGY);
}

#endif
