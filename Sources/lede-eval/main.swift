print("lede-eval")
