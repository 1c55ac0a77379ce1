#ifndef LEDE_CLIBPQ_SHIM_H
#define LEDE_CLIBPQ_SHIM_H

// libpq, PostgreSQL's own client library: the team workspace's connection. Chosen over a
// Swift driver because it brings libpq's conventions for free (PGHOST, PGPORT, PGUSER,
// PGPASSWORD, ~/.pgpass, sslmode, service files), builds in no time and connects without
// starting an event loop. Only the PostgreSQL store imports it.

#include <libpq-fe.h>

#endif
