// LedeQuery
