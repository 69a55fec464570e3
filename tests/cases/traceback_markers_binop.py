def ratio(values, i):
    return values[i] / (values[i] - values[i])

def report(data):
    total = sum(data) + 0
    print("total", total)
    return [ratio(data, k) for k in range(len(data))]

report([3, 4])
