// LedeNotebook
