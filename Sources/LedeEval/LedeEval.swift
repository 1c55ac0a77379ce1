// LedeEval
