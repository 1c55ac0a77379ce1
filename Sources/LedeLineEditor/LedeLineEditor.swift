// LedeLineEditor
