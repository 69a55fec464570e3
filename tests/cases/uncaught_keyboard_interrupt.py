print('simulated interrupt')
raise KeyboardInterrupt
