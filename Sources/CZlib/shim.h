#ifndef LEDE_CZLIB_SHIM_H
#define LEDE_CZLIB_SHIM_H

// zlib, for reading .gz files. `inflateInit2` is a C macro that Swift cannot call; this
// wrapper gives it a fixed arity. Only GzipStream.swift imports this module.

#include <zlib.h>

// Starts inflating gzip data (a gzip header, not a bare zlib or deflate stream).
static inline int lede_inflate_init_gzip(z_stream *stream) {
    // 15: the largest window, as gzip writes; +16: expect and check a gzip header and trailer.
    return inflateInit2(stream, 15 + 16);
}

#endif
