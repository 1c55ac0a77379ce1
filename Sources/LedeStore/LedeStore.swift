// LedeStore
