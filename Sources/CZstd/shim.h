#ifndef LEDE_CZSTD_SHIM_H
#define LEDE_CZSTD_SHIM_H

// zstd, for the workspace's stored paragraphs. Only its stable API is used.

#include <zstd.h>

#endif
